"""Fetch feeds over HTTP(S) (or from files) and parse them into entries.

Every feed gets a total deadline, a size cap counted after decompression and
at most five redirects, so one slow or hostile server cannot stall a run;
parsing happens in worker processes under a time limit for the same reason.
Conditional GET (ETag, Last-Modified) and a hash of the last body mean an
unchanged feed is neither parsed again nor written to the database.

The public surface is here; ``http``, ``parse`` and ``pool`` are the parts.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import functools
import hashlib
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from urllib.parse import urlsplit

import httpx

from ..models import FeedSpec, FetchResult
from .http import Download, default_client, download, read_file
from .limits import FeedProblem, FeedState, FetchLimits, is_web_address
from .pool import ParsePool, default_pool_size

__all__ = ["ClientFactory", "FeedState", "FetchLimits", "fetch_feeds"]

ClientFactory = Callable[[], httpx.AsyncClient]


Progress = Callable[[FetchResult], None]
# Called as each feed finishes, in the order they finish; what it returns is what
# fetch_feeds keeps, so a caller that stores entries at once can drop them.
OnResult = Callable[[FetchResult], FetchResult]


def fetch_feeds(
    feeds: Sequence[FeedSpec],
    states: Mapping[str, FeedState],
    limits: FetchLimits,
    client_factory: ClientFactory | None = None,
    on_result: OnResult | None = None,
) -> list[FetchResult]:
    """Fetch and parse every feed; one result per feed, in the same order.

    ``on_result`` sees each result as soon as its feed is done, so storing can
    overlap with the downloads and parses still under way.
    """
    job = functools.partial(asyncio.run, _fetch_all(feeds, states, limits, client_factory, on_result))
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return job()
    # Called from inside an event loop (a notebook, an async app): run ours in a thread of its own.
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(job).result()


async def _fetch_all(
    feeds: Sequence[FeedSpec],
    states: Mapping[str, FeedState],
    limits: FetchLimits,
    client_factory: ClientFactory | None,
    on_result: OnResult | None = None,
) -> list[FetchResult]:
    gate = asyncio.Semaphore(limits.concurrency)
    # Many journals share one publisher's server: a few downloads at a time each, as a browser would.
    hosts: defaultdict[str, asyncio.Semaphore] = defaultdict(lambda: asyncio.Semaphore(limits.per_host))
    pool = ParsePool(default_pool_size(), limits.deadline)
    factory = client_factory or (lambda: default_client(limits))
    if any(f.url not in states for f in feeds):
        # A feed never read will certainly need parsing: start the workers now, during the first downloads.
        # When every feed has been read before, most answer 304 and the workers may not be needed at all
        # (a quarter of a second saved on a quiet run); the first changed feed starts them.
        pool.warm_up()
    try:
        async with factory() as client:

            async def one(feed: FeedSpec) -> FetchResult:
                host = _host(feed.url)
                async with gate, hosts[host] if host else contextlib.nullcontext():
                    got = await _get(feed, states.get(feed.url, FeedState()), limits, client)
                result = got if isinstance(got, FetchResult) else await _parse(feed, got, pool)
                return on_result(result) if on_result is not None else result

            return list(await asyncio.gather(*(one(f) for f in feeds)))
    finally:
        await pool.aclose()


async def _get(feed: FeedSpec, state: FeedState, limits: FetchLimits,
               client: httpx.AsyncClient) -> FetchResult | tuple[Download, str]:
    """The feed's new bytes and their hash, or a finished result (unchanged or failed)."""
    try:
        async with asyncio.timeout(limits.deadline):
            if is_web_address(feed.url):
                got = await download(feed.url, state, limits, client)
            else:
                got = read_file(feed.url, limits)
    except TimeoutError:
        return _failed(feed, f"no complete answer within {limits.deadline:g} seconds; "
                             "the server may be down or very slow")
    except FeedProblem as problem:
        return _failed(feed, str(problem), retry_after=problem.retry_after)
    body_hash = hashlib.sha256(got.body).hexdigest() if not got.not_modified else state.body_hash
    if got.not_modified or body_hash == state.body_hash:
        return FetchResult(feed, "not-modified", etag=got.etag, last_modified=got.last_modified,
                           body_hash=body_hash, moved_to=got.moved_to)
    return got, body_hash


async def _parse(feed: FeedSpec, got: tuple[Download, str], pool: ParsePool) -> FetchResult:
    body, body_hash = got
    try:
        entries, warning = await pool.parse(body.body, body.final_url, body.content_type)
    except FeedProblem as problem:
        return _failed(feed, str(problem), moved_to=body.moved_to, suggested_url=problem.suggested)
    return FetchResult(feed, "ok", entries=entries, etag=body.etag, last_modified=body.last_modified,
                       body_hash=body_hash, moved_to=body.moved_to, warning=warning)


def _host(url: str) -> str:
    """The server a feed lives on ('' for files: they are not fetched from anyone)."""
    return (urlsplit(url).hostname or "") if is_web_address(url) else ""


def _failed(feed: FeedSpec, error: str, moved_to: str = "", retry_after: float = 0.0,
            suggested_url: str = "") -> FetchResult:
    return FetchResult(feed, "error", error=error, moved_to=moved_to, retry_after=retry_after,
                       suggested_url=suggested_url)
