"""Subscribers and the outbox: one row per (digest, subscriber), committed after each message."""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from .base import StoreBase, to_text

PENDING, SENT, FAILED = "pending", "sent", "failed"


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
    """Subscribers, the outbox and the unsubscribe secret."""

    def subscribe(self, group: str, email: str, name: str, now: datetime) -> str:
        """Add or re-activate a subscriber; returns "added", "back" or "already"."""
        with self.transaction():
            row = self.db.execute("select active from subscribers where group_key = ? and email = ?",
                                  [group, email]).fetchone()
            if row and row[0]:
                if name:
                    self.db.execute("update subscribers set name = ? where group_key = ? and email = ?",
                                    [name, group, email])
                return "already"
            self.db.execute(
                "insert into subscribers (group_key, email, name, active, subscribed) values (?, ?, ?, 1, ?)"
                " on conflict(group_key, email) do update set active = 1, unsubscribed = null,"
                " name = coalesce(nullif(excluded.name, ''), name), subscribed = excluded.subscribed",
                [group, email, name, to_text(now)])
            return "back" if row else "added"

    def subscribe_many(self, group: str, people: Sequence[tuple[str, str]], now: datetime) -> int:
        """Subscribe many (email, name) pairs in one transaction; returns how many were new or back."""
        with self.transaction():
            before = self.db.conn.total_changes
            self.db.conn.executemany(
                "insert into subscribers (group_key, email, name, active, subscribed) values (?, ?, ?, 1, ?)"
                " on conflict(group_key, email) do update set active = 1, unsubscribed = null,"
                " name = coalesce(nullif(excluded.name, ''), name) where active = 0",
                [(group, email, name, to_text(now)) for email, name in people])
            return self.db.conn.total_changes - before

    def unsubscribe(self, group: str, email: str, now: datetime) -> bool:
        """Stop sending to a subscriber, and drop their unsent messages; False if not subscribed."""
        with self.transaction():
            cursor = self.db.execute(
                "update subscribers set active = 0, unsubscribed = ? where group_key = ? and email = ? and active = 1",
                [to_text(now), group, email])
            self.db.execute("delete from outbox where group_key = ? and email = ? and state = ?",
                            [group, email, PENDING])
            return cursor.rowcount > 0

    def subscribers(self, group: str) -> list[tuple[str, str]]:
        """Active subscribers as (email, name), in the order they joined."""
        return [(r[0], r[1] or "") for r in self.db.execute(
            "select email, name from subscribers where group_key = ? and active = 1 order by subscribed, rowid",
            [group])]

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
