"""Fetch feeds over HTTP(S) (or from files) and parse them into entries.

Every feed gets a total deadline, a size cap counted after decompression and
at most five redirects, so one slow or hostile server cannot stall a run.
Conditional GET (ETag, Last-Modified) and a hash of the last body mean an
unchanged feed is neither parsed again nor written to the database.
"""

from __future__ import annotations

import asyncio
import calendar
import hashlib
import html
import re
import zlib
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import feedparser
import httpx
import nh3

from .models import Entry, FeedSpec, FetchResult

MAX_REDIRECTS = 5
REDIRECT_CODES = {301, 302, 303, 307, 308}
PERMANENT_CODES = {301, 308}
DOI_PATTERN = re.compile(r"\b(10\.\d{4,9}/[^\s\"'<>]+)", re.IGNORECASE)
_BLOCK_TAGS = re.compile(r"<\s*/?\s*(?:br|p|div|li|ul|ol|h[1-6]|tr|blockquote)\b[^>]*>", re.IGNORECASE)
_SPACES = re.compile(r"[ \t\r\f\v]+")
_BLANK_LINES = re.compile(r"\s*\n\s*")


@dataclass(frozen=True)
class FeedState:
    """What we remember of a feed between runs, for conditional GET."""

    etag: str = ""
    last_modified: str = ""
    body_hash: str = ""


@dataclass(frozen=True)
class FetchLimits:
    """The sandbox each feed is fetched in."""

    deadline: float = 30.0
    max_bytes: int = 10 * 1024 * 1024
    concurrency: int = 8
    user_agent: str = "KnowledgeBroker"


ClientFactory = Callable[[], httpx.AsyncClient]


class _FeedProblem(Exception):
    """Internal: one feed failed; the message is already in plain words."""


def default_client(limits: FetchLimits) -> httpx.AsyncClient:
    """An AsyncClient that never follows redirects itself: we count and check each hop."""
    return httpx.AsyncClient(
        follow_redirects=False,
        timeout=httpx.Timeout(limits.deadline, connect=min(10.0, limits.deadline)),
        headers={"User-Agent": limits.user_agent},
        limits=httpx.Limits(max_connections=limits.concurrency * 2),
    )


def fetch_feeds(
    feeds: Sequence[FeedSpec],
    states: Mapping[str, FeedState],
    limits: FetchLimits,
    client_factory: ClientFactory | None = None,
) -> list[FetchResult]:
    """Fetch and parse every feed; one result per feed, in the same order."""
    return asyncio.run(_fetch_all(feeds, states, limits, client_factory))


async def _fetch_all(
    feeds: Sequence[FeedSpec],
    states: Mapping[str, FeedState],
    limits: FetchLimits,
    client_factory: ClientFactory | None,
) -> list[FetchResult]:
    gate = asyncio.Semaphore(limits.concurrency)
    factory = client_factory or (lambda: default_client(limits))
    async with factory() as client:

        async def one(feed: FeedSpec) -> FetchResult:
            async with gate:
                return await fetch_one(feed, states.get(feed.url, FeedState()), limits, client)

        return list(await asyncio.gather(*(one(f) for f in feeds)))


async def fetch_one(
    feed: FeedSpec, state: FeedState, limits: FetchLimits, client: httpx.AsyncClient
) -> FetchResult:
    """Fetch and parse one feed inside its deadline; never raises."""
    try:
        async with asyncio.timeout(limits.deadline):
            if _is_web_address(feed.url):
                download = await _download(feed.url, state, limits, client)
            else:
                download = _read_file(feed.url, limits)
    except TimeoutError:
        return _failed(feed, f"no complete answer within {limits.deadline:g} seconds; "
                             "the server may be down or very slow")
    except _FeedProblem as problem:
        return _failed(feed, str(problem))
    if download.not_modified:
        return FetchResult(feed, "not-modified", etag=download.etag,
                           last_modified=download.last_modified, body_hash=state.body_hash,
                           moved_to=download.moved_to)
    body_hash = hashlib.sha256(download.body).hexdigest()
    if body_hash == state.body_hash:
        return FetchResult(feed, "not-modified", etag=download.etag,
                           last_modified=download.last_modified, body_hash=body_hash,
                           moved_to=download.moved_to)
    try:
        entries, warning = parse_feed(download.body, download.final_url, download.content_type)
    except _FeedProblem as problem:
        return _failed(feed, str(problem), moved_to=download.moved_to)
    return FetchResult(feed, "ok", entries=entries, etag=download.etag,
                       last_modified=download.last_modified, body_hash=body_hash,
                       moved_to=download.moved_to, warning=warning)


def _failed(feed: FeedSpec, error: str, moved_to: str = "") -> FetchResult:
    return FetchResult(feed, "error", error=error, moved_to=moved_to)


def _is_web_address(url: str) -> bool:
    return url.startswith(("http://", "https://"))


@dataclass(frozen=True)
class _Download:
    body: bytes = b""
    final_url: str = ""
    content_type: str = ""
    etag: str = ""
    last_modified: str = ""
    not_modified: bool = False
    moved_to: str = ""


def _read_file(path: str, limits: FetchLimits) -> _Download:
    """A feed saved as a local file, for offline use and the demo."""
    try:
        with open(path, "rb") as handle:
            body = handle.read(limits.max_bytes + 1)
    except FileNotFoundError:
        raise _FeedProblem(f"the file {path} does not exist; check the url in feeds.toml") from None
    except OSError as exc:
        raise _FeedProblem(f"the file {path} cannot be read ({exc.strerror})") from None
    if len(body) > limits.max_bytes:
        raise _FeedProblem(_too_big(limits))
    return _Download(body=body, final_url=Path(path).as_uri())


def _too_big(limits: FetchLimits) -> str:
    return (f"the feed is larger than the limit of {limits.max_bytes // (1024 * 1024)} MB; "
            "raise max_feed_bytes in [broker] if this feed is genuine")


async def _download(
    url: str, state: FeedState, limits: FetchLimits, client: httpx.AsyncClient
) -> _Download:
    headers = {"Accept": "application/atom+xml, application/rss+xml, application/xml;q=0.9, */*;q=0.5",
               "Accept-Encoding": "gzip, deflate"}
    if state.etag:
        headers["If-None-Match"] = state.etag
    if state.last_modified:
        headers["If-Modified-Since"] = state.last_modified
    moved_to = ""
    permanent = True
    for _hop in range(MAX_REDIRECTS + 1):
        try:
            async with client.stream("GET", url, headers=headers) as response:
                if response.status_code in REDIRECT_CODES and "location" in response.headers:
                    permanent = permanent and response.status_code in PERMANENT_CODES
                    url = str(response.url.join(response.headers["location"]))
                    if not _is_web_address(url):
                        raise _FeedProblem(f"the feed redirects to {url!r}, which is not a web address")
                    if permanent:
                        moved_to = url
                    continue
                if response.status_code == 304:
                    return _Download(final_url=url, not_modified=True, moved_to=moved_to,
                                     etag=state.etag, last_modified=state.last_modified)
                if response.status_code != 200:
                    raise _FeedProblem(_status_problem(response))
                body = await _read_capped(response, limits)
                return _Download(
                    body=body, final_url=url, moved_to=moved_to,
                    content_type=response.headers.get("content-type", ""),
                    etag=response.headers.get("etag", ""),
                    last_modified=response.headers.get("last-modified", ""),
                )
        except httpx.TimeoutException:
            raise _FeedProblem(f"no answer within {limits.deadline:g} seconds; the server may be down") from None
        except httpx.ConnectError as exc:
            raise _FeedProblem(f"could not connect to {httpx.URL(url).host} ({_reason(exc)}); "
                               "check the address, or try again later") from None
        except httpx.HTTPError as exc:
            raise _FeedProblem(f"the connection failed ({_reason(exc)})") from None
    raise _FeedProblem(f"the feed redirected more than {MAX_REDIRECTS} times; "
                       "open it in a browser to find its real address")


def _reason(exc: Exception) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0][:200]


def _status_problem(response: httpx.Response) -> str:
    code = response.status_code
    if code in (404, 410):
        return (f"the server says the feed is not there (HTTP {code}); "
                "check the address, or remove the feed if it has closed")
    if code in (401, 403):
        return f"the server refused access (HTTP {code}); the feed may need a login or may block robots"
    if code == 429:
        return "the server says we asked too often (HTTP 429); broker will try again later"
    if code >= 500:
        return f"the server had an error (HTTP {code}); this is usually temporary"
    return f"the server answered HTTP {code} instead of a feed"


async def _read_capped(response: httpx.Response, limits: FetchLimits) -> bytes:
    """Read the body, decompressing it ourselves so the cap counts real bytes."""
    encoding = response.headers.get("content-encoding", "identity").strip().lower()
    inflate = _Inflater(encoding, limits.max_bytes)
    chunks: list[bytes] = []
    size = 0
    async for raw in response.aiter_raw():
        piece = inflate.feed(raw)
        size += len(piece)
        if size > limits.max_bytes:
            raise _FeedProblem(_too_big(limits))
        chunks.append(piece)
    tail = inflate.finish()
    if size + len(tail) > limits.max_bytes:
        raise _FeedProblem(_too_big(limits))
    chunks.append(tail)
    return b"".join(chunks)


class _Inflater:
    """Incremental gzip/deflate decoding that never expands past the cap."""

    def __init__(self, encoding: str, cap: int) -> None:
        self.cap = cap
        self.encoding = encoding
        self.produced = 0
        if encoding in ("identity", ""):
            self.decoder = None
        elif encoding in ("gzip", "x-gzip"):
            self.decoder = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            self.decoder = zlib.decompressobj()
        else:
            raise _FeedProblem(f"the server compressed the feed as {encoding!r}, which broker cannot read")
        self.first = True

    def feed(self, data: bytes) -> bytes:
        if self.decoder is None:
            return data
        try:
            if self.first and self.encoding == "deflate" and data and (data[0] & 0x0F) != 8:
                self.decoder = zlib.decompressobj(-zlib.MAX_WBITS)  # raw deflate, no zlib header
            self.first = False
            out = self.decoder.decompress(data, self.cap + 1 - self.produced)
        except zlib.error as exc:
            raise _FeedProblem(f"the feed's compressed data is damaged ({exc})") from None
        self.produced += len(out)
        if self.decoder.unconsumed_tail:
            # More output is waiting than the cap allows: this body is too big.
            self.produced = self.cap + 1
            return out + b"\0"
        return out

    def finish(self) -> bytes:
        if self.decoder is None:
            return b""
        try:
            return self.decoder.flush()
        except zlib.error as exc:
            raise _FeedProblem(f"the feed's compressed data is damaged ({exc})") from None


# ---------------------------------------------------------------- parsing


def parse_feed(body: bytes, url: str = "", content_type: str = "") -> tuple[tuple[Entry, ...], str]:
    """Parse feed bytes into entries, plus a warning if the feed was damaged but readable."""
    headers = {"content-location": url}
    if content_type:
        headers["content-type"] = content_type
    parsed = feedparser.parse(body, response_headers=headers, sanitize_html=True)
    raw_entries = parsed.get("entries", [])
    if parsed.get("bozo") and not raw_entries:
        raise _FeedProblem(_not_a_feed(body, parsed.get("bozo_exception")))
    if not raw_entries and not parsed.get("version"):
        raise _FeedProblem(_not_a_feed(body, None))
    entries = entries_from(raw_entries)
    warning = ""
    if parsed.get("bozo"):
        warning = f"the feed has errors ({_reason(parsed['bozo_exception'])}), but {len(entries)} items were read"
    return entries, warning


def _not_a_feed(body: bytes, exc: Any) -> str:
    head = body[:2048].lower()
    if b"<html" in head or b"<!doctype html" in head:
        return "the address gives a web page, not a feed; find the page's RSS or Atom link"
    if not body.strip():
        return "the feed is empty"
    detail = f" ({_reason(exc)})" if exc else ""
    return f"this is not a readable RSS or Atom feed{detail}"


def entries_from(raw_entries: Sequence[Any]) -> tuple[Entry, ...]:
    """Turn feedparser entries into Entry records with a stable key each."""
    guid_counts = Counter(e.get("id", "") for e in raw_entries)
    entries = []
    for raw in raw_entries:
        title = html_to_text(raw.get("title", ""))
        link = raw.get("link", "") or ""
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
            link=link if _is_web_address(link) else "",
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
    markup = _SPACES.sub(" ", markup)
    return _BLANK_LINES.sub("\n", markup).strip()


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
