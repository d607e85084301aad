"""Parse feed bytes with feedparser into Entry records, each with a stable key.

This runs inside a worker process (see ``pool.py``), so a feed that makes
feedparser hang can be stopped without stopping the run.
"""

from __future__ import annotations

import calendar
import hashlib
import html
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urljoin

import feedparser
import nh3

from ..models import Entry
from .limits import FeedProblem, is_web_address, reason

DOI_PATTERN = re.compile(r"\b(10\.\d{4,9}/[^\s\"'<>]+)", re.IGNORECASE)
_BLOCK_TAGS = re.compile(r"<\s*/?\s*(?:br|p|div|li|ul|ol|h[1-6]|tr|blockquote)\b[^>]*>", re.IGNORECASE)
# Runs of spaces to fold: any tab, return, form or vertical feed, or two or more spaces.
# A single space is left alone, so ordinary prose needs no replacing at all.
_ODD_SPACES = re.compile(r"[\t\r\f\v][ \t\r\f\v]*| [ \t\r\f\v]+")


def parse_feed(body: bytes, url: str = "", content_type: str = "") -> tuple[tuple[Entry, ...], str]:
    """Parse feed bytes into entries, plus a warning if the feed was damaged but readable."""
    # broker keeps only text from items' HTML (html_to_text strips every tag with nh3), so feedparser's
    # own sanitizer and its resolving of every address inside that HTML would be work thrown away:
    # together about a third of its time. Item links are made absolute in entries_from.
    parsed = feedparser.parse(body, response_headers={"content-type": content_type or "application/xml"},
                              sanitize_html=False, resolve_relative_uris=False)
    raw_entries = parsed.get("entries", [])
    problem = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if problem is not None and not raw_entries:
        raise _not_a_feed(body, problem, url)
    if not raw_entries and not parsed.get("version"):
        raise _not_a_feed(body, None, url)
    entries = entries_from(raw_entries, url)
    warning = ""
    if problem is not None and not isinstance(problem, _HARMLESS):
        warning = f"the feed has errors ({reason(problem)}), but {len(entries)} items were read"
    return entries, warning


# Servers often label feeds as text/html or declare the wrong character set;
# feedparser copes, and a curator can do nothing about it.
_HARMLESS = (feedparser.NonXMLContentType, feedparser.CharacterEncodingOverride)


def _not_a_feed(body: bytes, exc: Any, url: str = "") -> FeedProblem:
    head = body[:2048].lower()
    if b"<html" in head or b"<!doctype html" in head:
        declared = declared_feed(body, url)
        if declared:
            return FeedProblem(f"the address gives a web page, not a feed; the page names its feed at {declared}: "
                               f'write url = "{declared}" for this feed in feeds.toml', suggested=declared)
        return FeedProblem("the address gives a web page, not a feed; find the page's RSS or Atom link")
    if not body.strip():
        return FeedProblem("the feed is empty")
    detail = f" ({reason(exc)})" if exc else ""
    return FeedProblem(f"this is not a readable RSS or Atom feed{detail}")


class _FeedLinks(HTMLParser):
    """The feeds a web page declares: <link rel="alternate" type="application/rss+xml" href="…">."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "link":
            return
        values = {k.lower(): (v or "").strip() for k, v in attrs}
        if ("alternate" in values.get("rel", "").lower().split()
                and values.get("type", "").lower() in _FEED_TYPES and values.get("href")):
            self.found.append(values["href"])


_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json")


def declared_feed(body: bytes, url: str) -> str:
    """The first RSS or Atom feed a web page declares, as an absolute http(s) address, or ''.

    Readers such as Miniflux find feeds this way; broker only names it, so the
    curator decides whether to switch.
    """
    reader = _FeedLinks()
    try:
        reader.feed(body[:262_144].decode("utf-8", errors="replace"))
    except Exception:  # a page too broken to read simply names no feed
        return ""
    for href in reader.found:
        address = urljoin(url, href) if url else href
        if address.startswith(("http://", "https://")):
            return address
    return ""


def entries_from(raw_entries: Sequence[Any], base: str = "") -> tuple[Entry, ...]:
    """Turn feedparser entries into Entry records with a stable key each; links are made absolute from ``base``."""
    guid_counts = Counter(e.get("id", "") for e in raw_entries)
    entries = []
    for raw in raw_entries:
        title = html_to_text(raw.get("title", ""))
        link = raw.get("link", "") or ""
        if link and base and not is_web_address(link):
            link = urljoin(base, link)
        published = _date(raw)
        guid = raw.get("id", "") or ""
        if guid and guid_counts[guid] == 1:
            key = "guid:" + guid
        elif link:
            key = "link:" + link
        else:
            stamp = published.isoformat() if published else ""
            key = "title:" + hashlib.sha256(f"{title}\n{stamp}".encode()).hexdigest()[:24]
        if not title and not link:
            continue  # nothing a reader could use
        entries.append(Entry(
            entry_key=key[:1000],
            title=title or "(untitled)",
            link=link if is_web_address(link) else "",
            summary=_summary(raw),
            published=published,
            authors=_authors(raw),
            categories=tuple(dict.fromkeys(
                t.get("term", "").strip() for t in raw.get("tags", []) if t.get("term", "").strip())),
            doi=_doi(raw),
        ))
    return tuple(entries)


def html_to_text(markup: str) -> str:
    """Feed HTML as plain text: tags and scripts removed, entities decoded."""
    if not markup:
        return ""
    if "<" in markup or "&" in markup:
        markup = _BLOCK_TAGS.sub("\n", markup)
        markup = html.unescape(nh3.clean(markup, tags=set(), clean_content_tags={"script", "style"}))
    # str's own searches: a regular expression scan of every 2 KB abstract cost more than parsing it.
    if "  " in markup or "\t" in markup or "\r" in markup or "\f" in markup or "\v" in markup:
        markup = _ODD_SPACES.sub(" ", markup)
    return "\n".join(line for line in (part.strip() for part in markup.split("\n")) if line)


def _summary(raw: Any) -> str:
    candidates = [raw.get("summary", "")]
    candidates += [c.get("value", "") for c in raw.get("content", [])]
    texts = [html_to_text(c) for c in candidates if c]
    return max(texts, key=len, default="")


def _authors(raw: Any) -> tuple[str, ...]:
    names = [a.get("name", "") for a in raw.get("authors", []) if isinstance(a, Mapping)]
    if not any(names) and raw.get("author"):
        names = [raw["author"]]
    cleaned = (html_to_text(n) for n in names if n)
    return tuple(dict.fromkeys(n for n in cleaned if n))


def _date(raw: Any) -> datetime | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = raw.get(key)
        if value:
            try:
                return datetime.fromtimestamp(calendar.timegm(value), UTC)
            except (OverflowError, ValueError, OSError):
                continue
    return None


def _doi(raw: Any) -> str:
    places = [raw.get("prism_doi", ""), raw.get("dc_identifier", ""), raw.get("id", ""), raw.get("link", "")]
    places += [link.get("href", "") for link in raw.get("links", [])]
    for place in places:
        match = DOI_PATTERN.search(place or "")
        if match:
            return match.group(1).rstrip(".,;)").lower()
    return ""
