"""The run lock: one broker run at a time writes the database, site and outbox.

The kernel holds the lock (``flock`` on a file beside the database), so it is
freed the moment the holding process ends, even if it is killed. That is why
nobody ever has to delete a "stale" lock file, and why the file itself is
never removed: removing it would let two runs lock two different files.

The holder writes its process id and start time into the file only so that a
second run can say who is in the way.
"""

from __future__ import annotations

import fcntl
import json
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from .errors import LockError

Clock = Callable[[], datetime]

FREES_ITSELF = ("this run has stopped. If no broker is running, nothing needs doing: "
                "the lock frees itself when a run ends.")
HOLDER_WAITS = 20  # of 10 ms: a second run still stops within a fifth of a second


def _utc_now() -> datetime:
    return datetime.now(UTC)


@contextmanager
def run_lock(path: Path, *, clock: Clock = _utc_now) -> Iterator[None]:
    """Hold the run lock for the body of the ``with``; raise LockError at once if it is taken.

    Locks belong to open files, not processes, so a second ``run_lock`` on the
    same path fails even inside the same process: take it in one place only.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Python opens files non-inheritable, so programs we start never hold our lock.
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise LockError(f"cannot open the lock file {path} ({exc.strerror}). "
                        "Check that broker may write to that folder.") from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise LockError(_held_message(_wait_for_holder(fd), clock())) from None
        _write_holder(fd, os.getpid(), clock())
        try:
            yield
        finally:
            # Emptied so that details are never stale; a killed run's are overwritten by the next.
            os.ftruncate(fd, 0)
    finally:
        os.close(fd)  # closing the file is what releases the lock


def _write_holder(fd: int, pid: int, started: datetime) -> None:
    record = (json.dumps({"pid": pid, "started": started.astimezone(UTC).isoformat()}) + "\n").encode("utf-8")
    os.pwrite(fd, record, 0)
    os.ftruncate(fd, len(record))


def _wait_for_holder(fd: int) -> tuple[int, datetime] | None:
    """The holder's details, allowing it a moment to write them if it has only just taken the lock."""
    for _ in range(HOLDER_WAITS):
        holder = _read_holder(fd)
        if holder is not None:
            return holder
        time.sleep(0.01)
    return _read_holder(fd)


def _read_holder(fd: int) -> tuple[int, datetime] | None:
    """The holder's pid and start time, or None if it has not written them yet."""
    try:
        record = json.loads(os.pread(fd, 4096, 0).decode("utf-8").partition("\n")[0])
        return int(record["pid"]), datetime.fromisoformat(record["started"]).astimezone(UTC)
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _held_message(holder: tuple[int, datetime] | None, now: datetime) -> str:
    if holder is None:
        return f"another broker run is in progress; {FREES_ITSELF}"
    pid, started = holder
    # A date only when it is not today, so a run that has hung for days stands out.
    when = started.strftime("%H:%M") if started.date() == now.astimezone(UTC).date() else (
        started.strftime("%d %b %Y %H:%M"))
    return f"another broker run is in progress (process {pid}, started {when} UTC); {FREES_ITSELF}"
