"""Hostile servers and hostile feed documents, and a way to time a build against them.

The servers listen on real sockets on 127.0.0.1 in the test process. The
build runs in a child process (``measure_build``), for three reasons: its
peak memory can be read apart from the servers' (``ru_maxrss`` never goes
down, so a peak measured inside the test process would hide later tests'
peaks); a build that hangs can be killed, so a failing test fails instead of
hanging the suite; and the child can warm up first, so the timing compares
like with like.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

REPO = Path(__file__).resolve().parent.parent
FIXED_NOW = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)  # the same moment as conftest.FIXED_NOW
CHILD_LIMIT = 120.0  # seconds before a build that will not finish is killed
GIB = 1024 ** 3

Serve = Callable[[socket.socket, threading.Event], None]


# ---------------------------------------------------------------- raw socket servers


class RawServer:
    """A TCP server on 127.0.0.1 that hands each connection to ``serve`` in its own thread.

    For misbehaviour an HTTP framework will not produce: silence, or bytes
    trickled out one at a time.
    """

    def __init__(self, serve: Serve) -> None:
        self.serve = serve
        self.stop = threading.Event()
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.listener.settimeout(0.2)
        self.port = self.listener.getsockname()[1]
        self.connections = 0
        self.threads: list[threading.Thread] = []

    def url(self, path: str = "/feed.xml") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def _accept(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self.listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.connections += 1
            thread = threading.Thread(target=self._handle, args=(conn,), daemon=True)
            self.threads.append(thread)
            thread.start()

    def _handle(self, conn: socket.socket) -> None:
        # OSError: the client hung up, which is what we hope it does.
        with conn, contextlib.suppress(OSError):
            self.serve(conn, self.stop)

    def __enter__(self) -> RawServer:
        thread = threading.Thread(target=self._accept, daemon=True)
        self.threads.append(thread)
        thread.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop.set()
        self.listener.close()
        for thread in self.threads:
            thread.join(timeout=3)


def _read_request(conn: socket.socket, stop: threading.Event) -> bool:
    """Read up to the blank line ending the request head; False if the client went away."""
    conn.settimeout(0.2)
    seen = b""
    while b"\r\n\r\n" not in seen and not stop.is_set():
        try:
            chunk = conn.recv(4096)
        except TimeoutError:
            continue
        if not chunk:
            return False
        seen += chunk
    return not stop.is_set()


def never_answer(conn: socket.socket, stop: threading.Event) -> None:
    """Accept, read the request, and send nothing at all until the client gives up."""
    if not _read_request(conn, stop):
        return
    while not stop.is_set():
        try:
            if not conn.recv(4096):
                return
        except TimeoutError:
            continue


def one_byte_a_second(conn: socket.socket, stop: threading.Event) -> None:
    """Answer 200 at once, then trickle a large body one byte a second.

    Every read succeeds well inside any per-read timeout, so only a total
    deadline for the feed can stop it.
    """
    if not _read_request(conn, stop):
        return
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nContent-Length: 1000000\r\n\r\n")
    body = b'<?xml version="1.0"?><rss version="2.0"><channel><title>' + b"slow " * 200_000
    for byte in body:
        if stop.wait(1.0):
            return
        conn.sendall(bytes([byte]))


# ---------------------------------------------------------------- hostile documents


def write_gzip_bomb(path: Path, size: int = GIB) -> Path:
    """Gzip ``size`` bytes of zeros into ``path`` a megabyte at a time (about 1 MB on disk for 1 GiB)."""
    zeros = bytes(1024 * 1024)
    with path.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as packed:
        for _ in range(size // len(zeros)):
            packed.write(zeros)
    return path


def billion_laughs() -> bytes:
    """The classic entity bomb: ten levels of ten references, 3 GB once expanded.

    The declarations share one line, which feedparser's DOCTYPE filter (it
    looks for ``<!ENTITY`` at the start of a line) lets through to the XML
    parser, so this reaches the expansion machinery rather than being
    stripped first.
    """
    levels = "".join(f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10}">' for n in range(1, 10))
    return (
        '<?xml version="1.0"?>\n'
        f'<!DOCTYPE rss [<!ENTITY lol0 "lol">{levels}]>\n'
        '<rss version="2.0"><channel><title>Laughs</title><link>https://example.org/</link>'
        "<description>Entity expansion</description>"
        "<item><title>Unpaid carers &lol9;</title><link>https://example.org/laughs</link>"
        "<description>&lol9;&lol9;&lol9;</description></item></channel></rss>"
    ).encode()


def external_entity_feed(secret: Path) -> bytes:
    """An on-topic item whose title and summary pull in a local file through an external entity.

    If the entity were expanded, the file's content would be classified as
    carers' news and published, so the test can look for it in the site.
    """
    return (
        '<?xml version="1.0"?>\n'
        f'<!DOCTYPE rss [<!ENTITY secret SYSTEM "{secret.as_uri()}">]>\n'
        '<rss version="2.0"><channel><title>Entities</title><link>https://example.org/</link>'
        "<description>External entity</description>"
        "<item><title>News for unpaid carers: &secret;</title><link>https://example.org/xxe</link>"
        "<description>What carers told us: &secret;</description>"
        "<pubDate>Mon, 16 Nov 2026 10:00:00 GMT</pubDate></item></channel></rss>"
    ).encode()


def redos_author_feed(repeats: int = 40_000) -> bytes:
    """feedparser issue #562: an author that makes its e-mail regex backtrack quadratically.

    The pattern ``(([a-zA-Z0-9-]+\\.)+)`` in ``_sync_author_detail`` tries every
    way to split ``a.a.a....`` before failing on the ``!``. 8,000 repeats take
    about a second of CPU; 40,000 take about 25, far past any feed deadline.
    """
    author = "a@" + "a." * repeats + "!"
    return (
        '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Authors</title>'
        "<link>https://example.org/</link><description>ReDoS</description>"
        f"<item><title>Unpaid carers and the slow author</title><link>https://example.org/redos</link>"
        f"<author>{author}</author><pubDate>Mon, 16 Nov 2026 10:00:00 GMT</pubDate></item></channel></rss>"
    ).encode()


# ---------------------------------------------------------------- measuring a build


@dataclass(frozen=True)
class BuildMeasure:
    """How long the hostile build took, against a warm build of the good feeds alone, and its peak memory."""

    seconds: float
    control_seconds: float
    baseline_kb: int  # the build process's peak RSS after two good-feeds-only builds
    peak_kb: int  # its peak RSS after the hostile build too
    children_baseline_kb: int  # the most private memory any process it started (parse workers) held, control build
    children_peak_kb: int  # the same during the hostile build
    error: str = ""  # the traceback, if pipeline.build raised

    @property
    def extra_seconds(self) -> float:
        """What the hostile feed added to the run."""
        return self.seconds - self.control_seconds

    @property
    def growth_mb(self) -> float:
        """The larger growth: of the build process's peak RSS, or of the most a worker held privately."""
        return max(self.peak_kb - self.baseline_kb, self.children_peak_kb - self.children_baseline_kb) / 1024

    def describe(self) -> str:
        return (f"build {self.seconds:.2f} s vs {self.control_seconds:.2f} s without the hostile feed "
                f"(+{self.extra_seconds:.2f} s); peak RSS {self.baseline_kb // 1024} -> {self.peak_kb // 1024} MB, "
                f"largest worker (private) {self.children_baseline_kb // 1024} -> {self.children_peak_kb // 1024} MB "
                f"(+{self.growth_mb:.0f} MB)")


def measure_build(warm_config: Path, control_config: Path, hostile_config: Path,
                  limit: float = CHILD_LIMIT) -> BuildMeasure:
    """Build three configs in one child process and measure the last; kill it after ``limit`` seconds."""
    report = hostile_config.with_name("measure.json")
    command = [sys.executable, "-c", "from tests.hostile import child_main; child_main()",
               str(warm_config), str(control_config), str(hostile_config), str(report)]
    started = time.monotonic()
    child = subprocess.Popen(command, cwd=REPO, start_new_session=True,
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        output, _ = child.communicate(timeout=limit)
    except subprocess.TimeoutExpired:
        os.killpg(child.pid, signal.SIGKILL)  # the child and any parse workers it started
        output, _ = child.communicate()
        return BuildMeasure(time.monotonic() - started, 0.0, 0, 0, 0, 0,
                            f"the build was still running after {limit:g} s and was killed\n"
                            + output.decode(errors="replace")[-4000:])
    if not report.exists():
        return BuildMeasure(time.monotonic() - started, 0.0, 0, 0, 0, 0,
                            f"the build process died (exit {child.returncode})\n"
                            + output.decode(errors="replace")[-4000:])
    return BuildMeasure(**json.loads(report.read_text()))


def _peak_kb(pid: int | str = "self") -> int:
    """A process's high-water RSS (VmHWM) in kB; 0 if it has gone."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def _private_kb(pid: int) -> int:
    """Memory a process holds alone (not shared with the process it was forked from), in kB; 0 if it has gone.

    Peak RSS would not do for child processes: a child caught between fork
    and exec (pagefind, say) shows the whole parent's RSS as its own.
    """
    try:
        lines = Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()
    except OSError:
        return 0
    return sum(int(line.split()[1]) for line in lines if line.startswith(("Private_Clean:", "Private_Dirty:")))


def _descendants(root: int) -> set[int]:
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        parents[int(stat.parent.name)] = int(fields[1])
    found: set[int] = set()
    frontier = {root}
    while frontier:
        frontier = {pid for pid, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


class _WorkerWatch:
    """Samples, every 50 ms, the private memory of every process the build starts (parse workers)."""

    def __init__(self) -> None:
        self.peak_kb = 0
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._watch, daemon=True)

    def _watch(self) -> None:
        me = os.getpid()
        while not self.stop.wait(0.05):
            for pid in _descendants(me):
                self.peak_kb = max(self.peak_kb, _private_kb(pid))

    def __enter__(self) -> _WorkerWatch:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.thread.join()


def child_main() -> None:
    """In the child: two warm-up builds of the good feeds, then the measured hostile build."""
    from broker import pipeline
    from broker.config import load_config

    warm, control, hostile, report = (Path(a) for a in sys.argv[1:5])
    times = {"warm": 0.0, "control": 0.0, "hostile": 0.0}

    def build(key: str, config: Path) -> None:
        started = time.monotonic()
        try:
            pipeline.build(load_config(config), clock=lambda: FIXED_NOW)
        finally:
            times[key] = time.monotonic() - started

    error, control_workers = "", _WorkerWatch()
    try:
        build("warm", warm)  # imports, template compiling, worker start-up
        with control_workers:
            build("control", control)
    except Exception:
        error = "the good feeds alone made the build raise:\n" + traceback.format_exc()
    baseline = _peak_kb()
    with _WorkerWatch() as workers:
        if not error:
            try:
                build("hostile", hostile)
            except Exception:
                error = traceback.format_exc()
    report.write_text(json.dumps({
        "seconds": times["hostile"], "control_seconds": times["control"], "baseline_kb": baseline,
        "peak_kb": _peak_kb(), "children_baseline_kb": control_workers.peak_kb,
        "children_peak_kb": workers.peak_kb, "error": error,
    }))
