"""The ``broker`` command group and what every command shares: loading the config, output, errors, the lock."""


from __future__ import annotations

import getpass
import importlib
import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import TYPE_CHECKING, NoReturn, TypeVar

import click

from ..errors import BrokerError, ConfigError, LockError, UnknownItem

if TYPE_CHECKING:  # the rest loads only in the commands that use it, so `broker --help` starts quickly
    from .. import mail, pipeline
    from ..config import Config
    from ..store import Store

T = TypeVar("T")
EXIT_FEEDS_FAILED = 1
EXIT_CONFIG = 2
EXIT_USAGE = 2
EXIT_LOCKED = 75  # EX_TEMPFAIL: another run is busy; try again later


def _load(path: str, curators_files: bool = False) -> Config:
    """The config, or every problem in it (one ``Error:`` line each) and exit 2.

    ``curators_files`` also checks the glossary and summaries a build reads,
    so a build refuses them before it fetches anything.
    """
    from ..config import load_config

    try:
        config = load_config(path)
    except ConfigError as exc:
        _fail_all(exc.problems)
    if curators_files:
        from .. import checkup

        problems = checkup.curators_files(config)
        if problems:
            _fail_all(problems)
    return config


def _fail_all(problems: list[str]) -> NoReturn:
    for problem in problems:
        click.echo(f"Error: {problem}", err=True)
    sys.exit(EXIT_CONFIG)


def plural(count: int, word: str, many: str = "") -> str:
    """ "1 item", "2 items"."""
    return f"{count} {word if count == 1 else many or word + 's'}"


config_option = click.option(
    "--config", "config_path", default="feeds.toml", show_default=True,
    type=click.Path(dir_okay=False), help="The feeds.toml file to use.")


# Each command: the module that defines it, and the first line of its help (for `broker --help`, which
# then needs no command's module). tests/test_architecture.py keeps these lines equal to the docstrings.
COMMANDS: dict[str, tuple[str, str]] = {
    "approve": ("people", "Publish and send a group's waiting draft digest."),
    "backup": ("run", "Make a consistent copy of the database, safe to take while broker runs."),
    "build": ("run", "Fetch the feeds, sort new items into themes, and publish digests, site and emails."),
    "check": ("check", "Check feeds.toml and say what is wrong, without fetching anything."),
    "curators": ("curators", "Add, list and remove the curators who sign in to the console (broker serve)."),
    "drafts": ("people", "List the digests that wait for a curator's approval."),
    "evaluate": ("themes", "Say how good the theme model is, in plain words (cross-validation over your labels)."),
    "fetch": ("run", "Fetch the feeds and store new items, without publishing anything."),
    "label": ("themes", "Say whether an item belongs in a theme; the model learns from it at the next build."),
    "labels": ("themes", "Keep curators' labels in a CSV file beside feeds.toml, under version control."),
    "plain": ("curate", "Write plain-language summaries for a file of abstracts, with the same code as the digest."),
    "reject": ("people", "Drop a group's waiting draft; its items go back for the next digest."),
    "review": ("themes", "List the items the model is least sure about, so that each label teaches it the most."),
    "schedule": ("run", "Run unattended: fetch on an interval, and make each group's digest on its own schedule."),
    "send": ("run", "Deliver every message waiting in the outbox; safe to run again at any time."),
    "serve": ("web", "Run the web service: people sign up (confirmed by email) and leave in one click."),
    "status": ("run", "Show each feed's health and each group's latest digest."),
    "subscribe": ("people", "Add someone to a group's email digest."),
    "subscribers": ("people", "Manage subscriber lists in bulk."),
    "summary": ("curate", "Show an item's plain-language summary, or replace it with your own."),
    "unsubscribe": ("people",
                    "Stop sending a group's digest to someone, by address or by the token in their request."),
}


class LazyGroup(click.Group):
    """Loads a command's module only when that command runs, so `broker --help` and `broker check` start fast.

    About a second of every command once went on importing scikit-learn,
    SciPy, httpx and the rest whatever the command needed.
    """

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in COMMANDS and cmd_name not in self.commands:
            importlib.import_module(f"{__package__}.{COMMANDS[cmd_name][0]}")
        return self.commands.get(cmd_name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        with formatter.section("Commands"):
            formatter.write_dl([(name, COMMANDS[name][1]) for name in self.list_commands(ctx)])


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
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


def _group(config: Config, key: str) -> str:
    try:
        return config.group(key).key
    except BrokerError as exc:
        _fail(str(exc), EXIT_USAGE)
        raise


def _address(text: str) -> str:
    from ..addresses import BadAddress, normalise_address

    try:
        return normalise_address(text)
    except BadAddress as exc:
        _fail(f"{text!r} is not an email address ({exc}). Check it for typing mistakes.", EXIT_USAGE)
        raise


def short(text: str, most: int) -> str:
    """A title cut at a word, with "…", to fit ``most`` characters."""
    text = " ".join(text.split())
    if len(text) <= most:
        return text
    cut = text[:most].rsplit(" ", 1)[0] if " " in text[:most] else text[:most - 1]
    return cut.rstrip(" ,;:.-–—") + "…"


def who() -> str:
    """Who makes a change on the command line, for the record of who did what: "cli:" and the user's name."""
    try:
        return "cli:" + getpass.getuser()
    except (KeyError, OSError):
        return "cli"


def record(config: Config, action: str, subject: str, detail: str = "") -> None:
    """Note a change in the record admins see in the console (never fatal: the change itself is made)."""
    from ..pipeline import utc_now
    from ..store import Store

    try:
        with Store.open(config.database) as store:
            store.record_action(who(), action, subject, detail, utc_now())
    except BrokerError as exc:  # pragma: no cover -- the change above needed the same database
        logging.getLogger(__name__).warning("could not record %s of %s: %s", action, subject, exc)


def _fail(message: str, code: int) -> NoReturn:
    click.echo(f"Error: {message}", err=True)
    sys.exit(code)


def _tell_sending(report: mail.SendReport | None, config: Config) -> None:
    if report is None:
        return
    if report.sent and config.email is None:
        _say(f"Wrote {plural(report.sent, 'email')} to {config.outbox}/ (there is no [email] section, "
             "so nothing was sent).")
    elif report.sent:
        _say(f"Sent {plural(report.sent, 'email')}.")
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
    with click.progressbar(length=total, label="Fetching feeds", file=sys.stderr, show_pos=True) as bar:
        yield lambda _result: bar.update(1)


def _when(moment: datetime | None) -> str:
    if moment is None:
        return "never"
    return moment.astimezone(UTC).strftime("%d %b %Y %H:%M UTC")


def _open_store(config: Config) -> Store:
    from ..store import Store

    try:
        return Store.open(config.database)
    except BrokerError as exc:
        _fail(str(exc), EXIT_FEEDS_FAILED)


def _run(job: Callable[[], T]) -> T:
    try:
        return job()
    except LockError as exc:
        _fail(str(exc), EXIT_LOCKED)
    except (ConfigError, UnknownItem) as exc:  # a file or an id the user gave is wrong: they can fix it
        _fail(str(exc), EXIT_CONFIG)
    except BrokerError as exc:
        _fail(str(exc), EXIT_FEEDS_FAILED)


def _locked(config: Config, job: Callable[[], T]) -> T:
    """Run a job that writes under the run lock, shared with cron and the scheduler."""

    from ..lock import run_lock

    def guarded() -> T:
        with run_lock(config.lock_path):
            return job()

    return _run(guarded)


def _tell(report: pipeline.RunReport) -> None:
    results = report.results
    read = sum(r.status == "ok" for r in results)
    same = sum(r.status == "not-modified" for r in results)
    waiting = f", {len(report.waiting)} resting after failures" if report.waiting else ""
    _say(f"Checked {plural(len(results), 'feed')}: {read} with news, {same} unchanged, "
         f"{len(report.failed)} failed{waiting}. {plural(report.new_items, 'new item')}.")
    # Under cron (--quiet) a feed that has been broken for weeks should not mail the operator
    # every day: only a feed that has just started failing is news. broker status lists them all.
    for result in report.newly_failed if _quiet() else report.failed:
        click.echo(f"Feed {result.feed.name!r} failed: {result.error}", err=True)
    for problem in report.theme_problems:
        click.echo(problem, err=True)
    if not _quiet():
        for result in results:
            if result.warning:
                click.echo(f"Feed {result.feed.name!r}: {result.warning}", err=True)

