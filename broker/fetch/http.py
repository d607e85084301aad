"""HTTP(S) and file downloads for the fetch stage, inside each feed's sandbox.

Redirects are followed by hand so that every hop is counted and its address
checked, and bodies are decompressed here so the size cap counts real bytes.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path

import httpx

from .limits import FeedProblem, FeedState, FetchLimits, is_web_address, reason

MAX_REDIRECTS = 5
REDIRECT_CODES = {301, 302, 303, 307, 308}
PERMANENT_CODES = {301, 308}


def default_client(limits: FetchLimits) -> httpx.AsyncClient:
    """An AsyncClient that never follows redirects itself: we count and check each hop."""
    return httpx.AsyncClient(
        follow_redirects=False,
        timeout=httpx.Timeout(limits.deadline, connect=min(10.0, limits.deadline)),
        headers={"User-Agent": limits.user_agent},
        limits=httpx.Limits(max_connections=limits.concurrency * 2),
    )


@dataclass(frozen=True)
class Download:
    body: bytes = b""
    final_url: str = ""
    content_type: str = ""
    etag: str = ""
    last_modified: str = ""
    not_modified: bool = False
    moved_to: str = ""


def read_file(path: str, limits: FetchLimits) -> Download:
    """A feed saved as a local file, for offline use and the demo."""
    try:
        with open(path, "rb") as handle:
            body = handle.read(limits.max_bytes + 1)
    except FileNotFoundError:
        raise FeedProblem(f"the file {path} does not exist; check the url in feeds.toml") from None
    except OSError as exc:
        raise FeedProblem(f"the file {path} cannot be read ({exc.strerror})") from None
    if len(body) > limits.max_bytes:
        raise FeedProblem(_too_big(limits))
    return Download(body=body, final_url=Path(path).as_uri())


def _too_big(limits: FetchLimits) -> str:
    return (f"the feed is larger than the limit of {limits.max_bytes // (1024 * 1024)} MB; "
            "raise max_feed_bytes in [broker] if this feed is genuine")


async def download(
    url: str, state: FeedState, limits: FetchLimits, client: httpx.AsyncClient
) -> Download:
    headers = {"Accept": "application/atom+xml, application/rss+xml, application/xml;q=0.9, */*;q=0.5",
               "Accept-Encoding": "gzip, deflate"}
    if state.etag:
        headers["If-None-Match"] = state.etag
    if state.last_modified:
        headers["If-Modified-Since"] = state.last_modified
    moved_to = ""
    permanent = True
    for _hop in range(MAX_REDIRECTS + 1):
        if not limits.allow_private_networks:
            await refuse_private_address(url)
        try:
            async with client.stream("GET", url, headers=headers) as response:
                if response.status_code in REDIRECT_CODES and "location" in response.headers:
                    permanent = permanent and response.status_code in PERMANENT_CODES
                    url = str(response.url.join(response.headers["location"]))
                    if not is_web_address(url):
                        raise FeedProblem(f"the feed redirects to {url!r}, which is not a web address")
                    if permanent:
                        moved_to = url
                    continue
                if response.status_code == 304:
                    if not (state.etag or state.last_modified):
                        raise FeedProblem("the server said 'not modified' although broker had not asked "
                                          "conditionally (HTTP 304); the server is misconfigured")
                    return Download(final_url=url, not_modified=True, moved_to=moved_to,
                                     etag=state.etag, last_modified=state.last_modified)
                if response.status_code != 200:
                    raise FeedProblem(_status_problem(response), retry_after(response.headers.get("retry-after")))
                body = await _read_capped(response, limits)
                return Download(
                    body=body, final_url=url, moved_to=moved_to,
                    content_type=response.headers.get("content-type", ""),
                    etag=response.headers.get("etag", ""),
                    last_modified=response.headers.get("last-modified", ""),
                )
        except httpx.TimeoutException:
            raise FeedProblem(f"no answer within {limits.deadline:g} seconds; the server may be down") from None
        except httpx.ConnectError as exc:
            raise FeedProblem(f"could not connect to {httpx.URL(url).host} ({reason(exc)}); "
                               "check the address, or try again later") from None
        except httpx.HTTPError as exc:
            raise FeedProblem(f"the connection failed ({reason(exc)})") from None
    raise FeedProblem(f"the feed redirected more than {MAX_REDIRECTS} times; "
                       "open it in a browser to find its real address")


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
            raise FeedProblem(_too_big(limits))
        chunks.append(piece)
    tail = inflate.finish()
    if size + len(tail) > limits.max_bytes:
        raise FeedProblem(_too_big(limits))
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
            raise FeedProblem(f"the server compressed the feed as {encoding!r}, which broker cannot read")
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
            raise FeedProblem(f"the feed's compressed data is damaged ({exc})") from None
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
            raise FeedProblem(f"the feed's compressed data is damaged ({exc})") from None




async def refuse_private_address(url: str) -> None:
    """Refuse hosts that resolve to this machine or a private network.

    A feed address is written by a stranger; without this check a feed (or
    a redirect) could make broker read internal services such as a cloud
    metadata endpoint. Every address the name resolves to must be public.
    """
    parsed = httpx.URL(url)
    host = parsed.host
    port = parsed.port or (443 if parsed.scheme == "https" else 80)
    try:
        infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise FeedProblem(f"the name {host} could not be found ({exc.strerror}); check the address") from None
    for info in infos:
        address = ipaddress.ip_address(str(info[4][0]).split("%")[0])
        if not address.is_global or address.is_multicast:
            raise FeedProblem(
                f"{host} is on a private or local network ({address}), which broker does not fetch from; "
                "set allow_private_networks = true in [broker] only if you trust every feed")


def retry_after(value: str | None) -> float:
    """Seconds to wait from a Retry-After header (a number or an HTTP date); 0 if absent or odd."""
    if not value:
        return 0.0
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return 0.0
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())
