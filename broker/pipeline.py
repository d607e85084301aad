"""The whole job, in order: the only module that knows the order of the stages.

feeds.toml → config → fetch → store → classify → digest → render / mail
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import time
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from . import digest, fetch, health
from .config import Config
from .models import Digest, FeedSpec, FetchResult, Group
from .store import Store
from .store.digests import DRAFT, PUBLISHED

if TYPE_CHECKING:
    from . import mail, render

log = logging.getLogger(__name__)
Clock = Callable[[], datetime]
Sleep = Callable[[float], None]


@dataclass
class RunReport:
    """What a run did, for the CLI to tell the user."""

    results: list[FetchResult] = field(default_factory=list)
    waiting: list[FeedSpec] = field(default_factory=list)  # failing feeds not yet due for another try
    newly_failed: list[FetchResult] = field(default_factory=list)  # worked last time, failed now
    new_items: int = 0
    digests: list[Digest] = field(default_factory=list)
    drafts: list[Digest] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    site: str = ""
    sending: mail.SendReport | None = None
    findings: list[health.Finding] = field(default_factory=list)
    search_problem: str = ""  # why the site was published without search, if it was
    theme_problems: list[str] = field(default_factory=list)  # themes whose model failed and fell back to keywords
    view: render.SiteView | None = None  # what this run rendered, reused for its emails

    @property
    def failed(self) -> list[FetchResult]:
        return [r for r in self.results if r.status == "error"]

    @property
    def all_failed(self) -> bool:
        return bool(self.results) and len(self.failed) == len(self.results)


def utc_now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def build(config: Config, *, clock: Clock = utc_now, client_factory: fetch.ClientFactory | None = None,
          send: bool = True, connect: mail.ConnectionFactory | None = None, sleep: Sleep = time.sleep,
          groups: Collection[str] | None = None, progress: fetch.Progress | None = None) -> RunReport:
    """fetch → store → classify → digest → render → outbox → send.

    With ``groups`` (the scheduler's digest job), only those groups get a digest, and
    a group with ``on_empty = "note"`` that has nothing new gets a short note instead.
    """
    with _recorded_run(config, clock) as (store, now, report):
        fetch_and_store(config, store, now, report, client_factory, progress)
        classify_new(config, store, report)
        make_digests(config, store, now, report, groups)
        publish(config, store, now, report)
        report_health(config, store, now, report)
        if send and store.has_pending():
            from .mail import outbox  # the bodies are rendered only when there is mail to send

            report.sending = outbox.send_pending(config, store, clock, connect, sleep=sleep, view=report.view)
    return report


def fetch_only(config: Config, *, clock: Clock = utc_now, client_factory: fetch.ClientFactory | None = None,
               progress: fetch.Progress | None = None) -> RunReport:
    """Fetch and store, without publishing anything."""
    with _recorded_run(config, clock) as (store, now, report):
        fetch_and_store(config, store, now, report, client_factory, progress)
        classify_new(config, store, report)
    return report


@contextmanager
def _recorded_run(config: Config, clock: Clock) -> Iterator[tuple[Store, datetime, RunReport]]:
    """An open store and a row in the runs table, finished with the run's counts."""
    report = RunReport()
    with Store.open(config.database) as store:
        now = clock()
        run = store.start_run(now)
        yield store, now, report
        store.finish_run(run, clock(), _counts(report), "all feeds failed" if report.all_failed else "ok")


def fetch_and_store(config: Config, store: Store, now: datetime, report: RunReport,
                    client_factory: fetch.ClientFactory | None = None,
                    progress: fetch.Progress | None = None) -> None:
    """Fetch every feed that is due (failing feeds back off) and save what changed.

    A feed that moved permanently is fetched at its new address, but stays
    filed under the address in feeds.toml.
    """
    rows = store.feed_rows()
    due = [f for f in config.feeds if health.is_due(rows.get(f.url), now)]
    due_urls = {f.url for f in due}
    report.waiting = [f for f in config.feeds if f.url not in due_urls]
    at = [replace(f, url=rows[f.url].moved_to) if f.url in rows and rows[f.url].moved_to else f for f in due]
    states = {where.url: fetch.FeedState(rows[f.url].etag, rows[f.url].last_modified, rows[f.url].body_hash)
              for f, where in zip(due, at, strict=True) if f.url in rows}
    limits = fetch.FetchLimits(deadline=config.feed_timeout, max_bytes=config.max_feed_bytes,
                               allow_private_networks=config.allow_private_networks,
                               concurrency=config.concurrency, per_host=config.per_host,
                               user_agent=config.user_agent)
    place = {id(where): n for n, where in enumerate(at)}
    waiting_to_store: dict[int, FetchResult] = {}
    stored = [0]  # how many feeds, in config order, are stored

    def store_one(result: FetchResult) -> None:
        retry = None
        if result.status == "error":
            failures = rows[result.feed.url].failures + 1 if result.feed.url in rows else 1
            retry = health.next_attempt(failures, now, result.retry_after)
            if failures == 1:
                report.newly_failed.append(result)
        report.new_items += store.record_fetch(result, now, retry)

    def record(result: FetchResult) -> FetchResult:
        """Store feeds while the others are still on their way, but always in feeds.toml order.

        The order matters: when two feeds carry the same study, the first stored
        copy gives its title and link, so a rerun after a crash must store alike.
        """
        n = place[id(result.feed)]
        result = replace(result, feed=due[n])
        waiting_to_store[n] = result
        while stored[0] in waiting_to_store:
            store_one(waiting_to_store.pop(stored[0]))
            stored[0] += 1
        if progress is not None:
            progress(result)
        return replace(result, entries=())  # stored (or about to be): the report keeps the outcome only

    report.results = fetch.fetch_feeds(at, states, limits, client_factory, record)
    log.info("fetched %d feeds (%d resting after failures)", len(due), len(report.waiting))


TRAINING_SAMPLE = 5000  # unlabelled items the model sees as keyword weak labels
CLASSIFY_BATCH = 5000
DECISION_RULES = 2  # raise when broker decides themes differently, so stored decisions are made again


def classify_new(config: Config, store: Store, report: RunReport | None = None) -> None:
    """Decide themes for items not yet decided under the current themes and labels.

    Changing a theme or a label changes the version, so every item is decided
    again by a model rebuilt from the labels (nothing pickled is ever loaded).
    Who decides each theme (keywords or model, and why) is kept for broker status.
    """
    labels = store.labels()
    rules = json.dumps([DECISION_RULES, [t.__dict__ for t in config.themes], labels], sort_keys=True)
    version = hashlib.sha256(rules.encode()).hexdigest()[:16]
    items = store.items_to_classify(version, CLASSIFY_BATCH)
    if not items:
        return
    from . import classify  # only a run with something to sort pays for loading the keyword rules

    training = store.training_items(TRAINING_SAMPLE) if labels else []
    decide = classify.decider(config.themes, training=training, labels=labels)
    store.set_meta("theme_checks", json.dumps([c.as_dict() for c in decide.checks]))
    for failed in decide.failures:
        if report is not None:
            report.theme_problems.append(
                f"Theme {failed.theme!r} ({config.theme(failed.theme).label}): the model could not learn from its "
                f"labels ({failed.failure}), so its keywords decide. Check its labels with: broker labels export")
    done = 0
    while items:  # a page at a time, so a large archive never sits in memory at once
        store.save_themes(decide(items), version)
        done += len(items)
        items = store.items_to_classify(version, CLASSIFY_BATCH)
    log.info("sorted %d items into themes", done)


def make_digests(config: Config, store: Store, now: datetime, report: RunReport,
                 scheduled: Collection[str] | None = None) -> None:
    """Each group's next digest, when something new has arrived for it.

    Items that did not fit in an earlier digest wait for the next one; they
    alone do not make a new digest, so building again with nothing new
    publishes nothing. A group that wants approval gets a draft instead.
    """
    arrived = store.last_arrival()  # one look-up answers "anything new?" for every group at once
    for group in config.groups:
        if scheduled is not None and group.key not in scheduled:
            continue
        latest = store.latest_digest_time(group.key)
        since = digest.backlog_start(store.group_started(group.key), now, config.backlog_days)
        fresh = latest is None or (arrived is not None and arrived > latest
                                   and store.has_arrivals(group.key, group.themes, since, latest))
        # Only the newest max_items can make the digest, so only they are loaded, whatever the archive's size.
        candidates = store.digest_candidates(group.key, group.themes, since, group.max_items) if fresh else []
        new = digest.next_digest(group, candidates, now, config.zone, store.digest_ids(group.key)) if fresh else None
        if new is None and scheduled is not None and group.on_empty == "note":
            # An empty digest is the "nothing new this time" note: a page, an email, and no items.
            new = Digest(digest.digest_id(now, config.zone, store.digest_ids(group.key)), group.key, now)
        if new is not None:
            store.record_digest(new, DRAFT if group.approval else PUBLISHED)
            log.info("made a %s digest for %s with %d items", "draft" if group.approval else "new", group.key,
                     len(new.items))
            (report.drafts if group.approval else report.digests).append(new)


def publish(config: Config, store: Store, now: datetime, report: RunReport, force: bool = False) -> None:
    """Write the site when something changed, then queue every published digest not yet queued.

    Whether anything changed is known without reading the archive: the store
    counts every change a page could show, and the curators' files are
    compared by their names, sizes and times. jinja2 and the plain-language
    code load only when something is to be made.
    """
    stamp = _site_stamp(config, store)
    view: render.SiteView | None = None
    if force or report.digests or report.drafts or store.meta("site") != stamp or not config.output.exists():
        from . import sitebuild, siteview

        view = report.view = siteview.site_view(config, store, now)
        build_id = f"{now:%Y%m%dT%H%M%S}-{os.getpid()}"
        folder, report.search_problem = sitebuild.publish_site(view, config.output, build_id)
        report.site = str(folder)
        store.set_meta("site", stamp)
    waiting = store.unqueued()
    for group in config.groups:
        for ready in reversed(store.digests(group.key, unqueued=True)) if group.key in waiting else ():
            from . import siteview
            from .mail import outbox

            view = report.view = view or siteview.site_view(config, store, now)
            report.emails.append(str(outbox.queue_digest(config, store, view, group, ready, now)))


def _site_stamp(config: Config, store: Store) -> str:
    """Everything the site shows could change by: the config, the curators' files, and the store's changes."""
    files = []
    for path in (config.summaries, config.glossary_file):
        if path is not None and path.is_dir():
            files += [(p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in sorted(path.glob("*.txt"))]
        elif path is not None and path.exists():
            files.append((path.name, path.stat().st_size, path.stat().st_mtime_ns))
    return hashlib.sha256(repr((config.title, config.base_url, config.web, config.groups, config.themes, files,
                                store.pages_generation())).encode()).hexdigest()


def report_health(config: Config, store: Store, now: datetime, report: RunReport) -> None:
    """Work out what needs the operator's attention, and refresh the status page."""
    rows = store.feed_rows(count_summaries=True)
    report.findings = health.findings(config.feeds, rows, now)
    # The page shows the day, the findings and each feed's last good day and items: rewritten when one changes.
    shown = repr((config.title, config.timezone, now.date(), [f.message for f in report.findings],
                  [(f.name, _day(rows[f.url].last_success) if f.url in rows else None,
                    rows[f.url].item_count if f.url in rows else 0) for f in config.feeds]))
    status = config.output / "_status" / "index.html"
    if config.output.exists() and (store.meta("status_page") != shown or not status.exists()):
        from . import render

        page = render.status_page(config.title, config.timezone, now, report.findings,
                                  [(f, rows.get(f.url)) for f in config.feeds])
        render.write_status(config.output, page)
        store.set_meta("status_page", shown)
    # Mail the operator only when the set of problems changes, not every run (back-off is no news).
    signature = json.dumps(sorted((f.feed, f.kind) for f in report.findings if f.kind != "waiting"))
    if config.operator_email and signature != store.meta("health_signature", "[]"):
        lines = [f"- {f.message}" for f in report.findings] or ["Every feed is working again."]
        text = "Feed health for " + config.title + ":\n\n" + "\n".join(lines) + "\n"
        from .mail import operator_report, outbox

        message = operator_report(outbox.letterhead(config), config.operator_email,
                                       f"{config.title}: feed health has changed", text, now)
        sent = outbox.deliver_one(config, config.operator_email, message, "_operator", f"health-{now:%Y%m%dT%H%M%S}")
        if sent.stopped or sent.failed or sent.deferred:
            log.warning("the feed-health report could not be mailed to %s; see broker status", config.operator_email)
        store.set_meta("health_signature", signature)


def _day(moment: datetime | None) -> object:
    return moment.date() if moment else None


def approve(config: Config, group: Group, *, clock: Clock = utc_now, send: bool = True,
            connect: mail.ConnectionFactory | None = None,
            sleep: Sleep = time.sleep) -> tuple[Digest | None, RunReport]:
    """Release a group's draft: publish it on the site, queue it and send it."""
    report = RunReport()
    with Store.open(config.database) as store:
        released = store.approve(group.key)
        if released is not None:
            report.digests.append(released)
            publish(config, store, clock(), report, force=True)
            if send:
                from .mail import outbox

                report.sending = outbox.send_pending(config, store, clock, connect, sleep=sleep)
    return released, report


def reject(config: Config, group: Group, *, clock: Clock = utc_now) -> Digest | None:
    """Drop a group's draft; its items go back to the pool for the next digest."""
    with Store.open(config.database) as store:
        dropped = store.reject(group.key)
        if dropped is not None:
            publish(config, store, clock(), RunReport(), force=True)
    return dropped


def send(config: Config, *, clock: Clock = utc_now, connect: mail.ConnectionFactory | None = None,
         sleep: Sleep = time.sleep) -> tuple[int, mail.SendReport]:
    """Deliver whatever is pending; returns (how many were pending, what happened)."""
    from .mail import outbox

    with Store.open(config.database) as store:
        pending = len(store.pending())
        return pending, outbox.send_pending(config, store, clock, connect, sleep)


def _counts(report: RunReport) -> dict[str, int]:
    return {
        "feeds_ok": sum(r.status == "ok" for r in report.results),
        "feeds_unchanged": sum(r.status == "not-modified" for r in report.results),
        "feeds_failed": len(report.failed),
        "new_items": report.new_items,
        "digests": len(report.digests),
    }
