"""The whole job, in order: the only module that knows the order of the stages.

feeds.toml → config → fetch → store → classify → digest → render / mail
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from . import classify, digest, fetch, mail, render
from .config import Config
from .models import Digest, FetchResult
from .store import Store

Clock = Callable[[], datetime]


@dataclass
class RunReport:
    """What a run did, for the CLI to tell the user."""

    results: list[FetchResult] = field(default_factory=list)
    new_items: int = 0
    digests: list[Digest] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    site: str = ""

    @property
    def failed(self) -> list[FetchResult]:
        return [r for r in self.results if r.status == "error"]

    @property
    def all_failed(self) -> bool:
        return bool(self.results) and len(self.failed) == len(self.results)


def utc_now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def fetch_and_store(config: Config, store: Store, now: datetime, report: RunReport,
                    client_factory: fetch.ClientFactory | None = None) -> None:
    """Fetch every feed and save what changed."""
    rows = store.feed_rows()
    states = {url: fetch.FeedState(r.etag, r.last_modified, r.body_hash) for url, r in rows.items()}
    limits = fetch.FetchLimits(deadline=config.feed_timeout, max_bytes=config.max_feed_bytes,
                               allow_private_networks=config.allow_private_networks,
                               concurrency=config.concurrency, user_agent=config.user_agent)
    report.results = fetch.fetch_feeds(config.feeds, states, limits, client_factory)
    report.new_items = sum(store.record_fetch(result, now) for result in report.results)


def classify_new(config: Config, store: Store) -> None:
    """Decide themes for items not yet decided under the current theme rules."""
    version = hashlib.sha256(json.dumps([t.__dict__ for t in config.themes], sort_keys=True).encode()).hexdigest()[:16]
    items = store.items_to_classify(version)
    if items:
        store.save_themes(classify.classify(items, config.themes), version)


def make_digests(config: Config, store: Store, now: datetime, report: RunReport) -> None:
    for group in config.groups:
        since = digest.backlog_start(store.group_started(group.key), now, config.backlog_days)
        candidates = store.digest_candidates(group.key, group.themes, since)
        new = digest.next_digest(group, candidates, now, config.zone, store.digest_ids(group.key))
        if new is not None:
            store.record_digest(new)
            report.digests.append(new)


def site_view(config: Config, store: Store, now: datetime) -> render.SiteView:
    return render.SiteView(
        title=config.title, base_url=config.base_url, timezone=config.timezone, generated=now,
        groups=tuple(render.GroupPage(g, tuple(store.digests(g.key))) for g in config.groups),
        themes=tuple((t, tuple(store.theme_items(t.key, 50))) for t in config.themes),
    )


def publish(config: Config, store: Store, now: datetime, report: RunReport) -> None:
    """Write the site when something changed, and an email for every digest not yet in the outbox."""
    view: render.SiteView | None = None
    fingerprint = f"{config.title}|{config.base_url}|{config.groups}|{config.themes}|{store.count('digests')}"
    if report.digests or store.meta("site") != fingerprint or not config.output.exists():
        view = site_view(config, store, now)
        report.site = str(render.publish_site(view, config.output, now.strftime("%Y%m%dT%H%M%S")))
        store.set_meta("site", fingerprint)
    for group in config.groups:
        for pending in store.digests(group.key, unemailed=True):
            view = view or site_view(config, store, now)
            text, html = render.email_bodies(view, group, pending)
            subject = f"{group.name}: new research, {render.long_date(pending.created, config.zone)}"
            message = mail.build_message(site_title=config.title, base_url=config.base_url, group=group,
                                         digest=pending, subject=subject, text=text, html=html)
            report.emails.append(str(mail.write_eml(config.outbox, group, pending, message)))
            store.mark_emailed(group.key, pending.id)


def build(config: Config, *, clock: Clock = utc_now,
          client_factory: fetch.ClientFactory | None = None) -> RunReport:
    """fetch → store → classify → digest → render → outbox."""
    report = RunReport()
    with Store.open(config.database) as store:
        now = clock()
        run = store.start_run(now)
        fetch_and_store(config, store, now, report, client_factory)
        classify_new(config, store)
        make_digests(config, store, now, report)
        publish(config, store, now, report)
        store.finish_run(run, clock(), _counts(report), "all feeds failed" if report.all_failed else "ok")
    return report


def fetch_only(config: Config, *, clock: Clock = utc_now,
               client_factory: fetch.ClientFactory | None = None) -> RunReport:
    """Fetch and store, without publishing anything."""
    report = RunReport()
    with Store.open(config.database) as store:
        now = clock()
        run = store.start_run(now)
        fetch_and_store(config, store, now, report, client_factory)
        classify_new(config, store)
        store.finish_run(run, clock(), _counts(report), "all feeds failed" if report.all_failed else "ok")
    return report


def _counts(report: RunReport) -> dict[str, int]:
    return {
        "feeds_ok": sum(r.status == "ok" for r in report.results),
        "feeds_unchanged": sum(r.status == "not-modified" for r in report.results),
        "feeds_failed": len(report.failed),
        "new_items": report.new_items,
        "digests": len(report.digests),
    }
