"""Read and check feeds.toml into a frozen Config, reporting every problem at once.

Each problem is reported in one line that names the file, the key and the
fix, because the people who edit feeds.toml are involvement workers, not
programmers. Relative paths are resolved against the config file's folder.
"""

from __future__ import annotations

import difflib
import os
import re
import tomllib
from collections.abc import Mapping
from email.utils import parseaddr
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..addresses import BadAddress, normalise_address
from ..errors import ConfigError
from ..models import FEED_KINDS, FINDINGS, FeedSpec, Group, Theme
from ..timetable import parse_group_schedule
from .checker import Checker, is_type
from .settings import (
    BROKER_KEYS,
    EMAIL_KEYS,
    FEED_KEYS,
    GROUP_KEYS,
    ON_EMPTY,
    RESERVED_KEYS,
    SECURITY_PORTS,
    THEME_KEYS,
    TOP_KEYS,
    USER_AGENT,
    WEB_KEYS,
    Config,
    EmailSettings,
    WebSettings,
)


def load_config(path: str | Path) -> Config:
    """Read, check and resolve a config file; raise ConfigError on any problem."""
    path = Path(path)
    return parse_config(_toml(path), path.resolve())


def load_themes(path: str | Path) -> tuple[Theme, ...]:
    """Only the [themes] of a file (say for broker evaluate): no site settings are needed, or checked."""
    path = Path(path)
    check = Checker(path)
    data = _toml(path)
    themes = _themes(check, data.get("themes", {}))
    if not themes and not check.problems:
        check.problems.append(str(check.fail("the file", "has no [themes]", 'Add a theme, like [themes.carers] '
                                             'with label = "Unpaid carers" and keywords = ["carer"]')))
    if check.problems:
        raise ConfigError("\n".join(check.problems), check.problems)
    return themes


def _toml(path: Path) -> Mapping[str, Any]:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError(
            f"{path}: file not found. Give the right path with --config, "
            "or copy feeds.toml from the broker repository to start."
        ) from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot be read ({exc.strerror}). Check its permissions.") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ConfigError(f"{path.name}: is not UTF-8 text. Save it as UTF-8 in your editor.") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(
            f"{path.name}: is not valid TOML ({exc}). "
            "Check the quotes, brackets and = signs on that line."
        ) from None
    return data


def parse_config(data: Mapping[str, Any], path: Path) -> Config:
    """Check already-parsed TOML; ``path`` is the file it came from.

    Every problem is found before any is reported, so one ``broker check``
    lists all of them (one line each) rather than the first.
    """
    check = Checker(path)
    with check.collect():
        check.keys("the top level", data, TOP_KEYS)
    base = path.parent

    broker: Mapping[str, Any] = {}
    with check.collect():
        broker = check.table("broker", data.get("broker", {}))
        check.keys("[broker]", broker, BROKER_KEYS, required=("title",))
    settings = {k: v for k, v in broker.items() if k in BROKER_KEYS and is_type(v, BROKER_KEYS[k])}
    timezone = settings.get("timezone", "Europe/London")
    with check.collect():
        try:
            ZoneInfo(timezone)
        except (ZoneInfoNotFoundError, ValueError):
            timezone = "Europe/London"
            raise check.fail("[broker] timezone", f"{settings['timezone']!r} is not a time zone",
                             'Use a name like "Europe/London"') from None
    base_url = settings.get("base_url", "")
    with check.collect():
        if base_url:
            parts = urlsplit(base_url)
            if parts.scheme not in ("http", "https") or not parts.netloc:
                raise check.fail("[broker] base_url", f"{base_url!r} is not a web address",
                                 'Write the full address, like "https://example.org/digest/"')
            if not base_url.endswith("/"):
                base_url += "/"
    for key in ("backlog_days", "concurrency", "per_host", "max_feed_bytes"):
        with check.collect():
            if key in settings and settings[key] < 1:
                raise check.fail(f"[broker] {key}", "must be 1 or more", f"Set {key} to a positive number")
    with check.collect():
        if "feed_timeout" in settings and settings["feed_timeout"] <= 0:
            raise check.fail("[broker] feed_timeout", "must be more than 0",
                             "Set it to a number of seconds, like 30")

    email = None
    with check.collect():
        email = _email(check, data["email"]) if "email" in data else None
    web = None
    with check.collect():
        web = _web(check, data["web"]) if "web" in data else None
    operator_email = ""
    with check.collect():
        if settings.get("operator_email"):
            try:
                operator_email = normalise_address(settings["operator_email"])
            except BadAddress as exc:
                raise check.fail("[broker] operator_email",
                                 f"{settings['operator_email']!r} is not an email address ({exc})",
                                 'Write one address, like "operator@example.org"') from None
    themes = _themes(check, data.get("themes", {}))
    feeds = _feeds(check, data.get("feeds", []), base)
    raw_groups = data.get("groups", {})
    raw_themes = data.get("themes", {})
    groups = _groups(check, raw_groups, list(raw_themes) if isinstance(raw_themes, Mapping) else [])
    schedules = {}
    for key, entry in raw_groups.items() if isinstance(raw_groups, Mapping) else ():
        with check.collect():
            if isinstance(entry, Mapping):
                schedules[key] = parse_group_schedule(entry, where=f"{path.name}: [groups.{key}]")
    if check.problems:
        raise ConfigError("\n".join(check.problems), check.problems)

    def resolve(key: str, default: str) -> Path:
        # normpath, not resolve(): the site folder is a symlink to the live build, and
        # following it would make broker write its next build inside the old one.
        return Path(os.path.normpath(base / settings.get(key, default)))

    return Config(
        path=path,
        title=settings["title"].strip(),
        base_url=base_url,
        database=resolve("database", "broker.db"),
        output=resolve("output", "site"),
        outbox=resolve("outbox", "outbox"),
        timezone=timezone,
        feeds=feeds,
        themes=themes,
        groups=groups,
        backlog_days=settings.get("backlog_days", 30),
        concurrency=settings.get("concurrency", 8),
        per_host=settings.get("per_host", 4),
        feed_timeout=float(settings.get("feed_timeout", 30.0)),
        max_feed_bytes=settings.get("max_feed_bytes", 10 * 1024 * 1024),
        user_agent=settings.get("user_agent", USER_AGENT),
        allow_private_networks=settings.get("allow_private_networks", False),
        email=email,
        web=web,
        operator_email=operator_email,
        glossary_file=resolve("glossary", "") if settings.get("glossary") else None,
        summaries=resolve("summaries", "summaries"),
        hard_to_read_above=float(settings.get("hard_to_read_above", 9.0)),
        schedules=schedules,
    )


def _email(check: Checker, raw: Any) -> EmailSettings:
    entry = check.table("email", raw)
    check.keys("[email]", entry, EMAIL_KEYS, required=("from",))
    addresses, names = {}, {}
    for key in ("from", "reply_to"):
        if entry.get(key):
            # "Riverside Digest <digest@example.org>" gives a name shown beside the address.
            name, address = parseaddr(entry[key]) if "<" in entry[key] else ("", entry[key])
            try:
                addresses[key] = normalise_address(address)
            except BadAddress as exc:
                raise check.fail(f"[email] {key}", f"{entry[key]!r} is not an email address ({exc})",
                                 'Write one address, like "digest@example.org" or '
                                 '"Riverside Digest <digest@example.org>"') from None
            names[key] = " ".join(name.split())
    security = entry.get("security", "starttls")
    if security not in SECURITY_PORTS:
        raise check.fail("[email] security", f"{security!r} is not a choice",
                         'Use "starttls" (port 587), "ssl" (port 465) or "none" (a local relay)')
    if entry.get("username") and not entry.get("password_env"):
        raise check.fail("[email]", "a username is set but password_env is not",
                         'Add password_env = "BROKER_SMTP_PASSWORD" and set that variable; '
                         "never put the password itself in this file")
    rate = entry.get("rate_per_minute", 600)
    if rate < 1:
        raise check.fail("[email] rate_per_minute", "must be 1 or more", "Set it to the most messages a minute")
    return EmailSettings(
        sender=addresses["from"], sender_name=names.get("from", ""), reply_to=addresses.get("reply_to", ""),
        smtp_host=entry.get("smtp_host", "localhost"),
        smtp_port=entry.get("smtp_port", SECURITY_PORTS[security]), security=security,
        username=entry.get("username", ""), password_env=entry.get("password_env", ""),
        rate_per_minute=rate, timeout=float(entry.get("timeout", 30.0)))


def _web(check: Checker, raw: Any) -> WebSettings:
    entry = check.table("web", raw)
    check.keys("[web]", entry, WEB_KEYS, required=("url",))
    url = entry["url"].strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc or " " in url:
        raise check.fail("[web] url", f"{url!r} is not a web address",
                         'Write the public address of broker serve in full, like "https://digest.example.org/join/"')
    if not url.endswith("/") or parts.query or parts.fragment:
        raise check.fail("[web] url", f"{url!r} must end in /",
                         f'Write it as url = "{url.split("?")[0].rstrip("/")}/"')
    proxies = check.strings("[web] trusted_proxies", entry.get("trusted_proxies", ["127.0.0.1", "::1"]))
    return WebSettings(url, proxies)


def _feeds(check: Checker, raw: Any, base: Path) -> tuple[FeedSpec, ...]:
    if not isinstance(raw, list):
        check.problems.append(str(check.fail("feeds", "should be a list of [[feeds]] tables",
                                             "Start each feed with a line [[feeds]]")))
        return ()
    feeds: list[FeedSpec] = []
    seen: dict[str, str] = {}
    for number, entry in enumerate(raw, start=1):
        with check.collect():
            where = f"[[feeds]] number {number}"
            entry = check.table(where, entry)
            check.keys(where, entry, FEED_KEYS, required=("name", "url"))
            name = entry["name"].strip()
            where = f"[[feeds]] {name!r}"
            url = _feed_url(check, where, entry["url"].strip(), base)
            kind = entry.get("kind", FINDINGS)
            if kind not in FEED_KINDS:
                raise check.fail(f"{where} kind", f"{kind!r} is not a kind of feed",
                                 'Use "findings" for research results or "opportunities" for calls to get involved')
            if url in seen:
                raise check.fail(f"{where} url", f"the same address is already used by feed {seen[url]!r}",
                                 "Remove one of the two feeds")
            seen[url] = name
            stale_days = entry.get("stale_days", 60)
            if stale_days < 1:
                raise check.fail(f"{where} stale_days", "must be 1 or more", "Set it to a number of days, like 60")
            feeds.append(FeedSpec(name=name, url=url, kind=kind,
                                  organisation=entry.get("organisation", "").strip(), stale_days=stale_days))
    return tuple(feeds)


# "www.example.org/feed" or "evidence.nihr.ac.uk/feed/": a web address written without https://
_LOOKS_WEB = re.compile(r"^(?:www\.[^/\s]+|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?!(?:xml|rss|atom|rdf|json|txt|html?)(?:/|$))"
                        r"[a-z]{2,})(?::\d+)?(?:/|$)", re.IGNORECASE)


def _feed_url(check: Checker, where: str, url: str, base: Path) -> str:
    """An http(s) URL as given, or a file path made absolute."""
    parts = urlsplit(url)
    if parts.scheme in ("http", "https"):
        if not parts.netloc or " " in url:
            raise check.fail(f"{where} url", f"{url!r} is not a complete web address",
                             'Write it in full, like "https://evidence.nihr.ac.uk/feed/"')
        return url
    if parts.scheme and len(parts.scheme) > 1:  # one letter is a Windows drive
        raise check.fail(f"{where} url", f"{parts.scheme}: addresses are not allowed",
                         "Use an address that starts with https:// or http://, or a file path")
    path = (base / url).resolve()
    if _LOOKS_WEB.match(url) and not path.exists():
        raise check.fail(f"{where} url", f"{url!r} looks like a web address without https://, so it would be read "
                         "as a file on this computer", f'Write it in full: url = "https://{url}"')
    return str(path)


def _themes(check: Checker, raw: Any) -> tuple[Theme, ...]:
    themes: list[Theme] = []
    with check.collect():
        raw = check.table("themes", raw)
    if not isinstance(raw, Mapping):
        return ()
    for key, entry in raw.items():
        with check.collect():
            where = f"[themes.{key}]"
            check.slug(where, key)
            entry = check.table(where, entry)
            check.keys(where, entry, THEME_KEYS, required=("label",))
            keywords = check.strings(f"{where} keywords", entry.get("keywords", []))
            themes.append(Theme(
                key=key,
                label=entry["label"].strip(),
                description=entry.get("description", "").strip(),
                keywords=keywords,
                exclude=check.strings(f"{where} exclude", entry.get("exclude", [])),
            ))
    return tuple(themes)


def _groups(check: Checker, raw: Any, theme_keys: list[str]) -> tuple[Group, ...]:
    """Groups; ``theme_keys`` are every theme the file names, even one with problems of its own."""
    groups: list[Group] = []
    with check.collect():
        raw = check.table("groups", raw)
    if not isinstance(raw, Mapping):
        return ()
    for key, entry in raw.items():
        with check.collect():
            groups.append(_group(check, key, entry, theme_keys))
    return tuple(groups)


def _group(check: Checker, key: str, entry: Any, known: list[str]) -> Group:
    where = f"[groups.{key}]"
    check.slug(where, key)
    if key in RESERVED_KEYS:
        raise check.fail(where, f"the name {key!r} is used by the website itself",
                         "Choose another name for this group")
    entry = check.table(where, entry)
    check.keys(where, entry, GROUP_KEYS, required=("name", "themes"))
    group_themes = check.strings(f"{where} themes", entry["themes"])
    if not group_themes:
        raise check.fail(f"{where} themes", "the list is empty",
                         "Name at least one theme, like themes = [\"carers\"]")
    for theme in group_themes:
        if theme not in known:
            close = difflib.get_close_matches(theme, known, n=1)
            hint = f"Did you mean {close[0]!r}? " if close else ""
            raise check.fail(
                f"{where} themes", f"{theme!r} is not a theme",
                f"{hint}Define it as [themes.{theme}] or use one of: {', '.join(known) or 'none yet'}")
    max_items = entry.get("max_items", 12)
    if max_items < 1:
        raise check.fail(f"{where} max_items", "must be 1 or more",
                         "Set it to the most items a digest may hold, like 12")
    on_empty = entry.get("on_empty", "skip")
    if on_empty not in ON_EMPTY:
        raise check.fail(f"{where} on_empty", f"{on_empty!r} is not a choice",
                         'Use "skip" to send nothing when there is nothing new, or "note" to send a short note')
    return Group(key=key, name=entry["name"].strip(), themes=group_themes,
                 description=entry.get("description", "").strip(), max_items=max_items,
                 approval=entry.get("approval", False), on_empty=on_empty,
                 sender_name=" ".join(entry.get("sender_name", "").split()))
