"""Worker processes that parse feeds, each parse under a time limit.

feedparser can be made to spin for minutes by a hostile document (regex
backtracking, entity expansion). A thread cannot be stopped, but a process
can: a parse that runs past its limit is killed and its worker replaced, and
the other feeds go on. Parsing in processes also uses every core.
"""

from __future__ import annotations

import asyncio
import contextlib
import multiprocessing
import os
import resource
import traceback
from multiprocessing.connection import Connection
from typing import Any

from ..models import Entry
from .limits import FeedProblem

WORKER_MEMORY = 1536 * 1024 * 1024  # bytes of address space a parse may use


def _serve(conn: Connection) -> None:
    """A worker's loop: parse what arrives until told to stop."""
    from .parse import parse_feed  # feedparser loads in the workers (preloaded), never in the main process

    with contextlib.suppress(ValueError, OSError):  # some sandboxes forbid it; the time limit still holds
        resource.setrlimit(resource.RLIMIT_AS, (WORKER_MEMORY, WORKER_MEMORY))
    while True:
        try:
            job = conn.recv()
        except EOFError:
            return
        if job is None:
            return
        try:
            reply: tuple[Any, ...] = ("ok", *parse_feed(*job))
        except FeedProblem as problem:
            reply = ("problem", str(problem), problem.suggested)
        except MemoryError:
            reply = ("problem", "the feed needs more memory to read than broker allows; it may be hostile")
        except Exception as exc:  # a parser bug must not end the run
            reply = ("crash", f"{type(exc).__name__}: {exc}", traceback.format_exc(limit=5))
        conn.send(reply)


class _Worker:
    def __init__(self, context: Any) -> None:
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(child,), daemon=True)
        self.process.start()
        child.close()

    def call(self, job: tuple[bytes, str, str], limit: float) -> tuple[Any, ...]:
        self.conn.send(job)
        if not self.conn.poll(limit):
            raise TimeoutError
        return tuple(self.conn.recv())

    def stop(self, kill: bool = False) -> None:
        if kill or not self.process.is_alive():
            self.process.kill()
        else:
            try:
                self.conn.send(None)
            except OSError:
                self.process.kill()
        self.process.join(timeout=5)
        self.conn.close()


class ParsePool:
    """Parse feeds in ``size`` worker processes, each call limited to ``time_limit`` seconds."""

    def __init__(self, size: int, time_limit: float) -> None:
        self.size = max(1, size)
        self.time_limit = time_limit
        self._context = multiprocessing.get_context("forkserver")
        self._context.set_forkserver_preload(["broker.fetch.parse"])
        self._idle: asyncio.Queue[_Worker] | None = None
        self._workers: list[_Worker] = []
        self._starting: asyncio.Future[None] | None = None

    def warm_up(self) -> asyncio.Future[None]:
        """Begin starting the workers in the background, once; await the result to wait for them.

        Starting takes about a quarter of a second (a fresh interpreter imports
        feedparser), so the fetch stage begins it while the first downloads are
        under way rather than when the first changed feed arrives.
        """
        if self._starting is None:
            self._starting = asyncio.ensure_future(self._start())
        return self._starting

    async def _start(self) -> None:
        loop = asyncio.get_running_loop()
        idle: asyncio.Queue[_Worker] = asyncio.Queue()
        for _ in range(self.size):
            worker = await loop.run_in_executor(None, _Worker, self._context)
            self._workers.append(worker)
            idle.put_nowait(worker)
        self._idle = idle

    async def parse(self, body: bytes, url: str, content_type: str) -> tuple[tuple[Entry, ...], str]:
        """Entries and a warning, or FeedProblem with a message for the curator."""
        loop = asyncio.get_running_loop()
        await asyncio.shield(self.warm_up())  # shielded: one parse cancelled must not stop the start
        assert self._idle is not None
        worker = await self._idle.get()
        try:
            reply = await loop.run_in_executor(None, worker.call, (body, url, content_type), self.time_limit)
        except (TimeoutError, EOFError, OSError) as exc:
            worker.stop(kill=True)
            self._workers.remove(worker)
            worker = await loop.run_in_executor(None, _Worker, self._context)
            self._workers.append(worker)
            if isinstance(exc, TimeoutError):
                raise FeedProblem(f"reading the feed took longer than {self.time_limit:g} seconds, so it was "
                                  "stopped; the feed may be damaged or hostile") from None
            raise FeedProblem("the program reading the feed stopped unexpectedly; the feed may be hostile") from None
        finally:
            self._idle.put_nowait(worker)
        if reply[0] == "ok":
            return reply[1], reply[2]
        if reply[0] == "problem":
            raise FeedProblem(reply[1], suggested=reply[2] if len(reply) > 2 else "")
        raise FeedProblem(f"broker could not read this feed because of a fault in broker ({reply[1]}); "
                          "please report it with the feed's address")

    async def aclose(self) -> None:
        """Stop the workers, including any still starting."""
        if self._starting is not None:
            with contextlib.suppress(Exception):
                await self._starting
        self.close()

    def close(self) -> None:
        for worker in self._workers:
            worker.stop()
        self._workers.clear()


def default_pool_size() -> int:
    return max(1, min(4, os.cpu_count() or 1))
