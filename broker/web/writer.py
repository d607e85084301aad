"""One thread writes the service's changes to the database, many requests to a transaction.

Each request handler hands its change (a function of the store) to the writer
and awaits the result. Changes that arrive while a transaction runs, or while
a build holds the database's write lock, join the next transaction together
(group commit): under a burst of one-click unsubscribes during a build, one
lock wait and one commit serve dozens of people, and each answer is sent only
after its change is committed. Reads need no writer: each worker thread keeps
its own connection (WAL lets readers go on while anyone writes).
"""

from __future__ import annotations

import asyncio
import logging
import queue
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from starlette.concurrency import run_in_threadpool

from ..store import Store

log = logging.getLogger(__name__)
T = TypeVar("T")
BATCH = 200  # the most changes one transaction takes


class Writer:
    """The service's single writing connection, in a thread of its own."""

    def __init__(self, database: Path) -> None:
        self.database = database
        self.jobs: queue.SimpleQueue[tuple[Callable[[Store], Any], asyncio.Future[Any]] | None] = queue.SimpleQueue()
        self.thread = threading.Thread(target=self._serve, name="broker-writer", daemon=True)
        self.readers = threading.local()

    def start(self) -> None:
        self.thread.start()

    def stop(self) -> None:
        self.jobs.put(None)
        self.thread.join(timeout=30)

    async def write(self, change: Callable[[Store], T]) -> T:
        """Run ``change`` in a transaction shared with whatever else is waiting; return its result once committed."""
        done: asyncio.Future[T] = asyncio.get_running_loop().create_future()
        self.jobs.put((change, done))
        return await done

    async def read(self, look: Callable[[Store], T]) -> T:
        """Run ``look`` on this worker thread's own read connection."""
        return await run_in_threadpool(self._read, look)

    def _read(self, look: Callable[[Store], T]) -> T:
        store = getattr(self.readers, "store", None)
        if store is None:
            store = self.readers.store = Store.open(self.database)
        return look(store)

    def _serve(self) -> None:
        with Store.open(self.database) as store:
            while True:
                first = self.jobs.get()
                if first is None:
                    return
                batch = [first]
                while len(batch) < BATCH:
                    try:
                        more = self.jobs.get_nowait()
                    except queue.Empty:
                        break
                    if more is None:
                        self.jobs.put(None)  # finish this batch, then stop
                        break
                    batch.append(more)
                self._commit(store, batch)

    def _commit(self, store: Store, batch: list[tuple[Callable[[Store], Any], asyncio.Future[Any]]]) -> None:
        outcomes: list[tuple[asyncio.Future[Any], Any, BaseException | None]] = []
        try:
            with store.transaction():
                for change, done in batch:
                    try:
                        with store.transaction():  # a savepoint: one failure undoes only its own change
                            outcomes.append((done, change(store), None))
                    except Exception as exc:  # handed to the request that asked
                        outcomes.append((done, None, exc))
        except Exception as exc:  # the commit itself failed: nobody's change was kept
            log.error("could not save %d changes: %s", len(batch), exc)
            outcomes = [(done, None, exc) for _, done in batch]
        for done, value, error in outcomes:
            done.get_loop().call_soon_threadsafe(_settle, done, value, error)


def _settle(done: asyncio.Future[Any], value: Any, error: BaseException | None) -> None:
    if done.cancelled():
        return
    if error is not None:
        done.set_exception(error)
    else:
        done.set_result(value)
