"""The digest outbox: each published digest queued for its subscribers, and what waits, sent.

Each (digest, subscriber) is one outbox row, marked sent the moment the mail
server accepts it, so a run stopped at any point sends only what was not yet
accepted. Without [email] in feeds.toml, messages are written as .eml files
under the outbox folder instead. One-off messages (a confirmation, the
operator's report) go the same way but have no outbox row.

This module reads the store and renders bodies; the rest of ``mail`` is pure.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from .. import render, siteview
from ..config import Config
from ..errors import MailError
from ..models import Digest, Group
from ..store import OutboxRow, Store
from .message import (
    PREFERENCES_PLACEHOLDER,
    Letterhead,
    mail_domain,
    message_id,
    personalise,
    prepare,
    write_eml,
)
from .smtp import ConnectionFactory, SendReport, deliver, smtp_factory
from .tokens import preferences_token, unsubscribe_token

Clock = Callable[[], datetime]
Sleep = Callable[[float], None]


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def letterhead(config: Config) -> Letterhead:
    """Who every message of this config comes from, and where its links point."""
    email = config.email
    sender = email.sender if email else f"digest@{mail_domain(config.base_url)}"
    return Letterhead(config.title, config.base_url, sender, email.reply_to if email else "",
                      sender_name=email.sender_name if email else "", web_url=config.web.url if config.web else "")


def subject(config: Config, group: Group, ready: Digest) -> str:
    news = "new research" if ready.items else "nothing new this time"
    return f"{group.name}: {news}, {render.long_date(ready.created, config.zone)}"


def _bodies(config: Config, view: render.SiteView, group: Group, ready: Digest, head: Letterhead) -> tuple[str, str]:
    preferences = f"{config.web.url}preferences/{PREFERENCES_PLACEHOLDER}" if config.web else ""
    return render.email_bodies(view, group, ready, unsubscribe=head.sender, preferences=preferences)


def queue_digest(config: Config, store: Store, view: render.SiteView, group: Group, ready: Digest,
                 now: datetime) -> Path:
    """Write the digest's preview copy, and one outbox row per subscriber."""
    head = letterhead(config)
    text, html = _bodies(config, view, group, ready, head)
    prepared = prepare(head, group, ready, subject=subject(config, group, ready), text=text, html=html)
    path = write_eml(config.outbox / group.key, ready.id, personalise(prepared))
    domain = mail_domain(config.base_url)
    recipients = [(email, name, message_id(group.key, ready.id, email, domain))
                  for email, name in store.subscribers(group.key)]
    store.queue_digest(group.key, ready.id, recipients, now)
    return path


class _OutboxRecorder:
    """Writes each delivery outcome to the outbox the moment it is known."""

    def __init__(self, store: Store, clock: Clock) -> None:
        self.store, self.clock = store, clock

    def sent(self, key: object) -> None:
        assert isinstance(key, OutboxRow)
        self.store.mark_sent(key, self.clock())

    def failed(self, key: object, reason: str) -> None:
        assert isinstance(key, OutboxRow)
        self.store.mark_failed(key, reason, self.clock())

    def deferred(self, key: object, reason: str) -> None:
        assert isinstance(key, OutboxRow)
        self.store.note_attempt(key, reason, self.clock())


def send_pending(config: Config, store: Store, clock: Clock = _now, connect: ConnectionFactory | None = None,
                 sleep: Sleep = time.sleep, view: render.SiteView | None = None) -> SendReport:
    """Deliver every pending outbox message: by SMTP, or as .eml files when [email] is not set."""
    rows = store.pending()
    if not rows:
        return SendReport()
    head = letterhead(config)
    secret = store.unsubscribe_secret()
    groups = {g.key: g for g in config.groups}
    view = view or siteview.site_view(config, store, clock())
    prepared = {}
    jobs = []
    for row in rows:
        group = groups.get(row.group)
        if group is None:
            continue  # the group was removed from feeds.toml; its mail waits in case it returns
        if (row.group, row.digest_id) not in prepared:
            if not any(listed.id == row.digest_id for page in view.groups if page.group.key == row.group
                       for listed in page.digests):
                continue  # not published (a draft, or gone): nothing to send
            found = view.load_digest(row.group, row.digest_id)
            text, html = _bodies(config, view, group, found, head)
            prepared[(row.group, row.digest_id)] = prepare(
                head, group, found, subject=subject(config, group, found), text=text, html=html)
        message = personalise(prepared[(row.group, row.digest_id)], (row.email, row.name),
                              unsubscribe_token(secret, row.group, row.email),
                              preferences_token(secret, row.email) if config.web else "")
        jobs.append((row, row.email, message))
    recorder = _OutboxRecorder(store, clock)
    if config.email is None:
        return _write_to_folder(config, jobs, recorder)
    return deliver(jobs, connect or smtp(config), recorder, sender=head.sender,
                   rate_per_minute=config.email.rate_per_minute, sleep=sleep)


def would_send(config: Config, store: Store) -> list[tuple[str, str, str]]:
    """(group, digest id, address) of every message ``send_pending`` would deliver now, in its order."""
    published = {(g.key, d.id) for g in config.groups for d in store.digest_heads(g.key)}
    return [(row.group, row.digest_id, row.email) for row in store.pending() if (row.group, row.digest_id) in published]


def smtp(config: Config) -> ConnectionFactory:
    """Connections to the configured mail server; the password comes from the environment."""
    settings = config.email
    assert settings is not None
    password = os.environ.get(settings.password_env, "") if settings.password_env else ""
    if settings.password_env and not password:
        raise MailError(f"the environment variable {settings.password_env} (named by [email] password_env) "
                        "is not set; set it to the mail server's password, then run: broker send")
    return smtp_factory(settings.smtp_host, settings.smtp_port, settings.security, settings.timeout,
                        settings.username, password)


def _write_to_folder(config: Config, jobs: list[tuple[OutboxRow, str, bytes]],
                     recorder: _OutboxRecorder) -> SendReport:
    report = SendReport()
    for row, _email, message in jobs:
        name = hashlib.sha256(row.email.lower().encode()).hexdigest()[:16]
        write_eml(config.outbox / row.group / row.digest_id, name, message)
        recorder.sent(row)
        report.sent += 1
    return report


class _Ignore:
    """A recorder for one-off messages that have no outbox row."""

    def sent(self, key: object) -> None: ...
    def failed(self, key: object, reason: str) -> None: ...
    def deferred(self, key: object, reason: str) -> None: ...


def deliver_one(config: Config, to: str, message: bytes, folder: str, name: str,
                connect: ConnectionFactory | None = None) -> SendReport:
    """Send one message now by SMTP, or file it in the outbox's ``folder`` without [email]."""
    if config.email is None:
        write_eml(config.outbox / folder, name, message)
        report = SendReport()
        report.sent = 1
        return report
    return deliver([(name, to, message)], connect or smtp(config), _Ignore(), sender=config.email.sender,
                   rate_per_minute=config.email.rate_per_minute)
