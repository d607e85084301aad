"""The run lock: one run at a time, a second fails at once, and a killed run never blocks the next."""

from __future__ import annotations

import fcntl
import json
import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from broker.errors import LockError
from broker.lock import run_lock

REPO = Path(__file__).resolve().parent.parent
FIXED = datetime(2026, 11, 24, 10, 2, 30, tzinfo=UTC)

# Waits for a shared start moment so both processes really race, then reports as one JSON line.
CONTENDER = """
import json, os, sys, time
from pathlib import Path
from broker.errors import LockError
from broker.lock import run_lock
lock, start, hold = Path(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3])
while time.time() < start:
    time.sleep(0.001)
began = time.monotonic()
try:
    with run_lock(lock):
        print(json.dumps({"pid": os.getpid(), "got": True}), flush=True)
        time.sleep(hold)
except LockError as exc:
    print(json.dumps({"pid": os.getpid(), "got": False, "error": str(exc),
                      "seconds": time.monotonic() - began}), flush=True)
"""


def _start(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", CONTENDER, *args], cwd=REPO,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_second_of_two_runs_started_together_stops_at_once(tmp_path: Path) -> None:
    lock = tmp_path / "broker.db.lock"
    start = str(time.time() + 1.0)  # time for both interpreters to import broker first
    runs = [_start(str(lock), start, "1.5"), _start(str(lock), start, "1.5")]
    results = []
    for run in runs:
        out, err = run.communicate(timeout=10)
        assert run.returncode == 0, err
        results.append(json.loads(out))
    winners = [r for r in results if r["got"]]
    losers = [r for r in results if not r["got"]]
    assert len(winners) == 1 and len(losers) == 1
    assert losers[0]["seconds"] < 0.5  # it did not wait for the winner's 1.5 seconds
    assert losers[0]["error"].startswith(f"another broker run is in progress (process {winners[0]['pid']}, started ")
    assert losers[0]["error"].endswith(
        " UTC); this run has stopped. If no broker is running, nothing needs doing: "
        "the lock frees itself when a run ends.")


def test_run_killed_while_holding_the_lock_does_not_block_the_next(tmp_path: Path) -> None:
    lock = tmp_path / "broker.db.lock"
    holder = _start(str(lock), "0", "60")
    try:
        assert holder.stdout is not None
        assert json.loads(holder.stdout.readline())["got"] is True
        with pytest.raises(LockError), run_lock(lock):
            pass
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait(timeout=5)
    finally:
        if holder.poll() is None:
            holder.kill()
        holder.communicate()
    with run_lock(lock):
        assert json.loads(lock.read_text())["pid"] == os.getpid()


def test_message_names_the_holder_and_when_it_started(tmp_path: Path) -> None:
    lock = tmp_path / "broker.db.lock"
    with run_lock(lock, clock=lambda: FIXED), pytest.raises(LockError) as caught, run_lock(lock, clock=lambda: FIXED):
        pass
    assert str(caught.value) == (
        f"another broker run is in progress (process {os.getpid()}, started 10:02 UTC); this run has stopped. "
        "If no broker is running, nothing needs doing: the lock frees itself when a run ends.")


def test_message_gives_the_date_when_the_holder_started_on_another_day(tmp_path: Path) -> None:
    lock = tmp_path / "broker.db.lock"
    later = FIXED.replace(day=26)
    with run_lock(lock, clock=lambda: FIXED), pytest.raises(LockError) as caught, run_lock(lock, clock=lambda: later):
        pass
    assert f"(process {os.getpid()}, started 24 Nov 2026 10:02 UTC)" in str(caught.value)


def test_holder_that_has_not_yet_written_its_details_still_stops_a_second_run(tmp_path: Path) -> None:
    lock = tmp_path / "broker.db.lock"
    lock.touch()
    with lock.open("rb") as holder:
        fcntl.flock(holder, fcntl.LOCK_EX)
        began = time.monotonic()
        with pytest.raises(LockError) as caught, run_lock(lock):
            pass
    assert time.monotonic() - began < 0.5
    assert str(caught.value) == (
        "another broker run is in progress; this run has stopped. "
        "If no broker is running, nothing needs doing: the lock frees itself when a run ends.")


def test_lock_is_free_again_after_a_run_ends_even_by_an_error(tmp_path: Path) -> None:
    lock = tmp_path / "broker.db.lock"
    with run_lock(lock):
        pass
    with pytest.raises(RuntimeError), run_lock(lock):
        raise RuntimeError("the run failed")
    with run_lock(lock):
        pass
    assert lock.exists()  # kept on purpose: removing it would let two runs lock two files


def test_lock_folder_is_made_if_missing(tmp_path: Path) -> None:
    lock = tmp_path / "data" / "broker.db.lock"
    with run_lock(lock):
        assert lock.exists()


def test_unwritable_lock_folder_is_explained(tmp_path: Path) -> None:
    folder = tmp_path / "readonly"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("running as a user who can write anywhere")
        with pytest.raises(LockError, match=r"^cannot open the lock file .*Check that broker may write"), \
                run_lock(folder / "broker.db.lock"):
            pass
    finally:
        folder.chmod(0o700)
