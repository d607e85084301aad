"""Subscribers and the outbox: one row per (digest, subscriber), committed after each message."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from .base import StoreBase, from_text, to_text

PENDING, SENT, FAILED = "pending", "sent", "failed"
WAITING, SUBSCRIBED, UNSUBSCRIBED = "waiting", "subscribed", "unsubscribed"
CLI, IMPORT, WEB = "cli", "import", "web"  # how a subscriber came
CONFIRM_EVERY = timedelta(hours=1)  # at most one confirmation email per address this often


@dataclass(frozen=True)
class Subscriber:
    """One address in one group, as broker subscribers list shows it."""

    email: str
    name: str
    state: str
    since: datetime | None
    source: str


@dataclass(frozen=True)
class OutboxRow:
    """One message to one subscriber, and how far it has got."""

    group: str
    digest_id: str
    email: str
    name: str
    message_id: str
    state: str
    attempts: int
    last_error: str


class MailStore(StoreBase):
    """Subscribers, the outbox and the secret that signs tokens.

    A subscriber is ``waiting`` (signed up on the web, not yet confirmed),
    ``subscribed`` or ``unsubscribed``; only ``subscribed`` gets digests.
    Addresses compare without regard to case (COLLATE NOCASE on the key).
    """

    def subscribe(self, group: str, email: str, name: str, now: datetime, source: str = CLI) -> str:
        """Subscribe at once (the operator vouches); returns "added", "back" or "already"."""
        with self.transaction():
            row = self.db.execute("select state from subscribers where group_key = ? and email = ?",
                                  [group, email]).fetchone()
            if row and row[0] == SUBSCRIBED:
                if name:
                    self.db.execute("update subscribers set name = ? where group_key = ? and email = ?",
                                    [name, group, email])
                return "already"
            self.db.execute(
                "insert into subscribers (group_key, email, name, state, source, subscribed) values (?, ?, ?, ?, ?, ?)"
                " on conflict(group_key, email) do update set state = excluded.state, unsubscribed = null,"
                " name = coalesce(nullif(excluded.name, ''), name), subscribed = excluded.subscribed,"
                " source = excluded.source",
                [group, email, name, SUBSCRIBED, source, to_text(now)])
            return "back" if row else "added"

    def subscribe_many(self, group: str, people: Sequence[tuple[str, str]], now: datetime,
                       source: str = IMPORT) -> int:
        """Subscribe many (email, name) pairs in one transaction; returns how many were new or back."""
        with self.transaction():
            before = self.db.conn.total_changes
            self.db.conn.executemany(
                "insert into subscribers (group_key, email, name, state, source, subscribed) values (?, ?, ?, ?, ?, ?)"
                " on conflict(group_key, email) do update set state = excluded.state, unsubscribed = null,"
                " name = coalesce(nullif(excluded.name, ''), name), subscribed = excluded.subscribed,"
                " source = excluded.source where state != 'subscribed'",
                [(group, email, name, SUBSCRIBED, source, to_text(now)) for email, name in people])
            return self.db.conn.total_changes - before

    def request(self, group: str, email: str, name: str, now: datetime, every: timedelta = CONFIRM_EVERY) -> bool:
        """A sign-up on the web: the address waits for confirmation. True when a confirmation should go now.

        Nothing is sent to an address already subscribed, nor more than once
        per ``every`` to one address, so the form cannot flood anyone's inbox.
        """
        with self.transaction():
            row = self.db.execute("select state, requested from subscribers where group_key = ? and email = ?",
                                  [group, email]).fetchone()
            if row and row[0] == SUBSCRIBED:
                return False
            if row and row[1] and now - from_text(row[1]) < every:
                return False
            self.db.execute(
                "insert into subscribers (group_key, email, name, state, source, requested) values (?, ?, ?, ?, ?, ?)"
                " on conflict(group_key, email) do update set state = excluded.state, requested = excluded.requested,"
                " name = coalesce(nullif(excluded.name, ''), name), source = excluded.source",
                [group, email, name, WAITING, WEB, to_text(now)])
            return True

    def forget_request(self, group: str, email: str) -> None:
        """The confirmation could not be sent: let the person try again at once."""
        with self.transaction():
            self.db.execute("update subscribers set requested = null where group_key = ? and email = ?",
                            [group, email])

    def confirm(self, group: str, email: str, now: datetime) -> str:
        """A confirmation link was pressed: "subscribed", "already", or "not waiting" (left, or never asked)."""
        with self.transaction():
            row = self.db.execute("select state from subscribers where group_key = ? and email = ?",
                                  [group, email]).fetchone()
            if row is None or row[0] == UNSUBSCRIBED:
                return "not waiting"  # someone who left must sign up, and confirm, again
            if row[0] == SUBSCRIBED:
                return "already"
            self.db.execute("update subscribers set state = ?, subscribed = ?, unsubscribed = null"
                            " where group_key = ? and email = ?", [SUBSCRIBED, to_text(now), group, email])
            return "subscribed"

    def unsubscribe(self, group: str, email: str, now: datetime) -> bool:
        """Stop sending to a subscriber, and drop their unsent messages; False if not subscribed."""
        with self.transaction():
            cursor = self.db.execute(
                "update subscribers set state = ?, unsubscribed = ? where group_key = ? and email = ?"
                " and state != ?", [UNSUBSCRIBED, to_text(now), group, email, UNSUBSCRIBED])
            self.db.execute("delete from outbox where group_key = ? and email = ? and state = ?",
                            [group, email, PENDING])
            return cursor.rowcount > 0

    def subscribers(self, group: str) -> list[tuple[str, str]]:
        """Subscribed people as (email, name), in the order they joined."""
        return [(r[0], r[1] or "") for r in self.db.execute(
            "select email, name from subscribers where group_key = ? and state = ? order by subscribed, rowid",
            [group, SUBSCRIBED])]

    def subscriber_rows(self, group: str) -> list[Subscriber]:
        """Everyone the group has known, in the order they first came, with their state."""
        return [Subscriber(r[0], r[1] or "", r[2], from_text(r[3]) if r[3] else None, r[4] or CLI)
                for r in self.db.execute(
                    "select email, name, state, case state when 'subscribed' then subscribed"
                    " when 'waiting' then requested else unsubscribed end, source from subscribers"
                    " where group_key = ? order by coalesce(subscribed, requested, unsubscribed), rowid", [group])]

    def subscriber_counts(self) -> dict[str, dict[str, int]]:
        """group -> state -> how many, for the admins' page (never shown to the public)."""
        counts: dict[str, dict[str, int]] = {}
        for group, state, n in self.db.execute("select group_key, state, count(*) from subscribers"
                                               " group by group_key, state"):
            counts.setdefault(group, {})[state] = n
        return counts

    def find_subscribers(self, text: str, limit: int = 50) -> list[tuple[str, Subscriber]]:
        """(group, subscriber) whose address holds ``text``, for an admin's search."""
        pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        return [(r[0], Subscriber(r[1], r[2] or "", r[3], from_text(r[4]) if r[4] else None, r[5] or CLI))
                for r in self.db.execute(
                    "select group_key, email, name, state, coalesce(subscribed, requested, unsubscribed), source"
                    " from subscribers where email like ? escape '\\' order by email, group_key limit ?",
                    [pattern, limit])]

    def memberships(self, email: str) -> dict[str, str]:
        """group -> state for one address, for the page where a person chooses what they get."""
        return dict(self.db.execute("select group_key, state from subscribers where email = ?", [email]).fetchall())

    def forget(self, email: str) -> int:
        """Remove a person from every group and the outbox; returns how many subscriptions went.

        Messages already sent stay counted, under a keyed hash instead of the
        address, so the outbox still shows each digest as sent to them and
        nothing can be queued or sent to them again from it.
        """
        stand_in = "forgotten-" + hmac.new(self.unsubscribe_secret(), email.lower().encode(),
                                           hashlib.sha256).hexdigest()[:24]
        with self.transaction():
            gone = self.db.execute("delete from subscribers where email = ?", [email]).rowcount
            self.db.execute("delete from outbox where email = ? and state != ?", [email, SENT])
            self.db.execute("update or replace outbox set email = ?, name = '', last_error = '' where email = ?",
                            [stand_in, email])
        return int(gone)

    def queue_digest(self, group: str, digest_id: str, recipients: Sequence[tuple[str, str, str]],
                     now: datetime) -> int:
        """Add one pending message per (email, name, message id), once, and mark the digest queued."""
        with self.transaction():
            before = self.db.conn.total_changes
            self.db.conn.executemany(
                "insert or ignore into outbox (group_key, digest_id, email, name, message_id, state, attempts,"
                " last_error, updated) values (?, ?, ?, ?, ?, ?, 0, '', ?)",
                [(group, digest_id, email, name, message_id, PENDING, to_text(now))
                 for email, name, message_id in recipients])
            added = self.db.conn.total_changes - before
            self.db.execute("update digests set queued = 1 where group_key = ? and digest_id = ?",
                            [group, digest_id])
        return added

    def has_pending(self) -> bool:
        return self.db.execute("select 1 from outbox where state = ? limit 1", [PENDING]).fetchone() is not None

    def pending(self) -> list[OutboxRow]:
        """Messages not yet accepted by the mail server, oldest digest first."""
        return self._outbox("where state = ? order by digest_id, group_key, rowid", [PENDING])

    def failed(self) -> list[OutboxRow]:
        return self._outbox("where state = ? order by digest_id, group_key, rowid", [FAILED])

    def _outbox(self, where: str, params: Sequence[str]) -> list[OutboxRow]:
        rows = self.db.execute(
            "select group_key, digest_id, email, name, message_id, state, attempts, last_error from outbox "
            + where, params).fetchall()
        return [OutboxRow(*r) for r in rows]

    def mark_sent(self, row: OutboxRow, now: datetime) -> None:
        self._set_state(row, SENT, "", now)

    def mark_failed(self, row: OutboxRow, reason: str, now: datetime) -> None:
        self._set_state(row, FAILED, reason, now)

    def note_attempt(self, row: OutboxRow, reason: str, now: datetime) -> None:
        """A temporary failure: the message stays pending for the next run."""
        self._set_state(row, PENDING, reason, now)

    def _set_state(self, row: OutboxRow, state: str, reason: str, now: datetime) -> None:
        with self.transaction():
            self.db.execute(
                "update outbox set state = ?, last_error = ?, attempts = attempts + 1, updated = ?"
                " where group_key = ? and digest_id = ? and email = ?",
                [state, reason, to_text(now), row.group, row.digest_id, row.email])

    def outbox_counts(self) -> dict[str, int]:
        return {r[0]: r[1] for r in self.db.execute("select state, count(*) from outbox group by state")}

    def unsubscribe_secret(self) -> bytes:
        """The key that signs unsubscribe tokens, made once and kept in the database."""
        existing = self.meta("unsubscribe_secret")
        if not existing:
            existing = secrets.token_hex(32)
            self.set_meta("unsubscribe_secret", existing)
        return bytes.fromhex(existing)
