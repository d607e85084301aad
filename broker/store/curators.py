"""Curators' accounts, their signed-in sessions, and the record of who did what.

Passwords are stored only as the Argon2 hashes the web package makes; a
session is stored only as a hash of its token, so a copy of the database
cannot be used to sign in. Removing a curator, or changing their password or
role, ends their sessions.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from .base import StoreBase, from_text, to_text

CURATOR, ADMIN = "curator", "admin"


@dataclass(frozen=True)
class Curator:
    email: str
    name: str
    role: str  # "curator" or "admin"
    password: str  # the Argon2 hash

    @property
    def admin(self) -> bool:
        return self.role == ADMIN

    @property
    def called(self) -> str:
        return self.name or self.email


@dataclass(frozen=True)
class Action:
    """One change someone made, as the console shows admins."""

    at: datetime
    who: str
    action: str
    subject: str
    detail: str


class CuratorStore(StoreBase):
    """Accounts, sessions and the actions log."""

    def save_curator(self, email: str, name: str, role: str, password_hash: str, now: datetime) -> str:
        """Add a curator, or change one; returns "added" or "changed". A change ends their sessions."""
        with self.transaction():
            known = self.db.execute("select 1 from curators where email = ?", [email]).fetchone()
            self.db.execute(
                "insert into curators (email, name, role, password, created, changed) values (?, ?, ?, ?, ?, ?)"
                " on conflict(email) do update set name = coalesce(nullif(excluded.name, ''), name),"
                " role = excluded.role, password = excluded.password, changed = excluded.changed",
                [email, name, role, password_hash, to_text(now), to_text(now)])
            self.db.execute("delete from sessions where email = ?", [email])
        return "changed" if known else "added"

    def remove_curator(self, email: str) -> bool:
        """Remove a curator and end every session of theirs; False if there was none."""
        with self.transaction():
            gone = self.db.execute("delete from curators where email = ?", [email]).rowcount
            self.db.execute("delete from sessions where email = ?", [email])
        return gone > 0

    def curator(self, email: str) -> Curator | None:
        row = self.db.execute("select email, name, role, password from curators where email = ?", [email]).fetchone()
        return Curator(*row) if row else None

    def curators(self) -> list[Curator]:
        return [Curator(*r) for r in self.db.execute(
            "select email, name, role, password from curators order by role, email")]

    def start_session(self, token_hash: str, email: str, now: datetime) -> None:
        with self.transaction():
            self.db.execute("insert into sessions (token, email, created, seen) values (?, ?, ?, ?)",
                            [token_hash, email, to_text(now), to_text(now)])

    def session(self, token_hash: str) -> tuple[Curator, datetime] | None:
        """The signed-in curator and when the session was last used, or None."""
        row = self.db.execute(
            "select c.email, c.name, c.role, c.password, s.seen from sessions s join curators c on c.email = s.email"
            " where s.token = ?", [token_hash]).fetchone()
        return (Curator(*row[:4]), from_text(row[4])) if row else None

    def touch_session(self, token_hash: str, now: datetime) -> None:
        with self.transaction():
            self.db.execute("update sessions set seen = ? where token = ?", [to_text(now), token_hash])

    def end_session(self, token_hash: str) -> None:
        with self.transaction():
            self.db.execute("delete from sessions where token = ?", [token_hash])

    def end_idle_sessions(self, before: datetime) -> int:
        with self.transaction():
            return int(self.db.execute("delete from sessions where seen < ?", [to_text(before)]).rowcount)

    def record_action(self, who: str, action: str, subject: str, detail: str, now: datetime) -> None:
        with self.transaction():
            self.db.execute("insert into actions (at, who, action, subject, detail) values (?, ?, ?, ?, ?)",
                            [to_text(now), who, action, subject, detail])

    def recent_actions(self, limit: int = 30) -> list[Action]:
        return [Action(from_text(r[0]), r[1], r[2], r[3], r[4]) for r in self.db.execute(
            "select at, who, action, subject, detail from actions order by id desc limit ?", [limit])]

    def actions_on(self, subjects: Sequence[str]) -> list[Action]:
        marks = ",".join("?" * len(subjects))
        return [Action(from_text(r[0]), r[1], r[2], r[3], r[4]) for r in self.db.execute(
            f"select at, who, action, subject, detail from actions where subject in ({marks}) order by id desc",
            list(subjects))] if subjects else []
