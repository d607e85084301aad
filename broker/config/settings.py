"""What feeds.toml says, checked: the frozen settings every stage reads, and every path broker uses."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo

from ..errors import ConfigError
from ..models import FeedSpec, Group, GroupSchedule, Theme

USER_AGENT = "KnowledgeBroker/0.1 (+https://github.com/knowledge-broker/broker; research digest)"
KEY_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]*$")
# Folders the site uses for itself, so a group may not be called this.
RESERVED_KEYS = frozenset({"themes", "static", "items", "search", "pagefind"})

BROKER_KEYS = {
    "title": str,
    "base_url": str,
    "database": str,
    "output": str,
    "outbox": str,
    "timezone": str,
    "backlog_days": int,
    "concurrency": int,
    "per_host": int,
    "feed_timeout": (int, float),
    "max_feed_bytes": int,
    "user_agent": str,
    "allow_private_networks": bool,
    "operator_email": str,
    "glossary": str,
    "summaries": str,
    "hard_to_read_above": (int, float),
}
FEED_KEYS = {"name": str, "url": str, "kind": str, "organisation": str, "stale_days": int}
THEME_KEYS = {"label": str, "description": str, "keywords": list, "exclude": list}
GROUP_KEYS = {"name": str, "themes": list, "description": str, "max_items": int, "approval": bool,
              "schedule": str, "send_day": (str, int), "send_time": str, "on_empty": str, "sender_name": str}
ON_EMPTY = ("skip", "note")
EMAIL_KEYS = {"from": str, "reply_to": str, "smtp_host": str, "smtp_port": int, "security": str,
              "username": str, "password_env": str, "rate_per_minute": int, "timeout": (int, float)}
SECURITY_PORTS = {"starttls": 587, "ssl": 465, "none": 25}
WEB_KEYS = {"url": str, "trusted_proxies": list}
TOP_KEYS = {"broker": dict, "feeds": list, "themes": dict, "groups": dict, "email": dict, "web": dict}


@dataclass(frozen=True)
class EmailSettings:
    """How to reach the mail server; the password itself stays in the environment."""

    sender: str  # the address digests come from
    sender_name: str = ""  # the name shown beside it; the site title when empty
    reply_to: str = ""
    smtp_host: str = "localhost"
    smtp_port: int = 587
    security: str = "starttls"
    username: str = ""
    password_env: str = ""
    rate_per_minute: int = 600
    timeout: float = 30.0


@dataclass(frozen=True)
class WebSettings:
    """Where ``broker serve`` is reached by the public, behind a reverse proxy."""

    url: str  # http(s), ending in "/": every page of the service is below it
    trusted_proxies: tuple[str, ...] = ("127.0.0.1", "::1")  # only these may say who the client is

    @property
    def secure(self) -> bool:
        return self.url.startswith("https://")


@dataclass(frozen=True)
class Config:
    """Everything a run needs to know, checked and with absolute paths."""

    path: Path
    title: str
    base_url: str
    database: Path
    output: Path
    outbox: Path
    timezone: str
    feeds: tuple[FeedSpec, ...]
    themes: tuple[Theme, ...]
    groups: tuple[Group, ...]
    backlog_days: int = 30
    concurrency: int = 8
    per_host: int = 4  # downloads at once from any one web server, to be a polite visitor
    feed_timeout: float = 30.0
    max_feed_bytes: int = 10 * 1024 * 1024
    user_agent: str = USER_AGENT
    allow_private_networks: bool = False
    email: EmailSettings | None = None
    web: WebSettings | None = None  # without it, nobody signs up or leaves on the web
    operator_email: str = ""  # where the feed-health report goes when it changes
    glossary_file: Path | None = None  # the curators' own glossary terms, added to the shipped ones
    summaries: Path = Path("summaries")  # hand-written summaries, one <item id>.txt each
    hard_to_read_above: float = 9.0  # reading grade above which status flags a summary
    schedules: Mapping[str, GroupSchedule] = field(default_factory=dict)  # group key -> when its digest is due

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def lock_path(self) -> Path:
        """One lock for every run that writes, beside the database."""
        return self.database.with_name(self.database.name + ".lock")

    def theme(self, key: str) -> Theme:
        return next(t for t in self.themes if t.key == key)

    def group(self, key: str) -> Group:
        for group in self.groups:
            if group.key == key:
                return group
        names = ", ".join(g.key for g in self.groups) or "none"
        raise ConfigError(
            f"{self.path.name}: there is no group called {key!r}. "
            f"Use one of: {names}, or add [groups.{key}] to the file."
        )
