"""Shared pieces of the fetch stage: the limits every feed runs under, and its one error."""

from __future__ import annotations

from dataclasses import dataclass


def is_web_address(url: str) -> bool:
    return url.startswith(("http://", "https://"))


@dataclass(frozen=True)
class FeedState:
    """What we remember of a feed between runs, for conditional GET."""

    etag: str = ""
    last_modified: str = ""
    body_hash: str = ""


@dataclass(frozen=True)
class FetchLimits:
    """The sandbox each feed is fetched and parsed in."""

    deadline: float = 30.0
    max_bytes: int = 10 * 1024 * 1024
    concurrency: int = 8
    per_host: int = 4
    user_agent: str = "KnowledgeBroker"
    allow_private_networks: bool = False


class FeedProblem(Exception):
    """One feed failed; the message is already in plain words for the curator."""

    def __init__(self, message: str, retry_after: float = 0.0, suggested: str = "") -> None:
        super().__init__(message)
        self.retry_after = retry_after  # seconds the server asked us to wait, if it said
        self.suggested = suggested  # the feed a web page declares, when the address gave a page


def reason(exc: BaseException) -> str:
    """The first line of an exception's message, short enough for a status line."""
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0][:200]
