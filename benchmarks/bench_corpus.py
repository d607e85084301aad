"""Replay feedparser's own test corpus through the whole pipeline, over HTTP.

feedparser 6.0.14 ships about 2,200 feeds that are well formed, broken,
oddly encoded, compressed or served with odd headers. Each is served from a
local server on 127.0.0.1 the way feedparser's own test server serves it
(declared headers, redirects, 304s, gzip and deflate), then fetched, stored,
classified, put in a digest and rendered by ``pipeline.build``, in batches of
feeds per config. A build that raises is a bug; so is a file that ends as
neither stored items nor a recorded feed error.

Run it from the repository root (``make bench`` does)::

    .venv/bin/python benchmarks/bench_corpus.py            # the whole corpus
    .venv/bin/python benchmarks/bench_corpus.py --every 11  # a quick sample

It exits non-zero when any build raised or any file ended neither way.
"""

from __future__ import annotations

import argparse
import faulthandler
import json
import mimetypes
import re
import sys
import tempfile
import threading
import time
import traceback
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from urllib.parse import quote, unquote, urlsplit

from broker import pipeline
from broker.config import load_config
from broker.store import Store

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "feeds" / "feedparser-6.0.14" / "tests"
FIXED_NOW = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
# The corpus's own server listened here; its Location headers name it.
ORIGINAL_ORIGIN = "http://localhost:8097"
# feedparser's test-suite convention: "Header: Name: value" lines near the top.
DECLARED_HEADER = re.compile(rb"^Header:\s+([^:\r\n]+):([^\r\n]+)$", re.MULTILINE)
# Common words, so that most corpus items reach a digest and get rendered.
COMMON_WORDS = ("the", "a", "an", "and", "of", "to", "in", "is", "it", "example", "title", "test", "entry",
                "item", "content", "summary", "description", "link", "feed", "atom", "rss", "foo", "bar",
                "untitled", "target")
# A batch that runs longer than this is hung; faulthandler then prints every stack and exits.
BATCH_WATCHDOG_SECONDS = 900
# Narrowing a crash down to its files stops after this long, and reports the set it has reached.
SHRINK_SECONDS = 120

OK_WITH_ITEMS, OK_EMPTY, ERROR, NEITHER, EXCEPTION = "items", "empty", "error", "neither", "exception"


# ---------------------------------------------------------------- the corpus server


class _CorpusHandler(BaseHTTPRequestHandler):
    """Serves corpus files as feedparser's test server did, headers and all."""

    protocol_version = "HTTP/1.1"
    server: _CorpusHTTPServer

    def do_GET(self) -> None:
        path = unquote(urlsplit(self.path).path)
        if path == "/-/return-304.xml":  # the target of http_redirect_to_304.xml
            self._send(304, {}, b"")
            return
        file = (self.server.root / path.lstrip("/")).resolve()
        if not file.is_file() or self.server.root not in file.parents:
            self._send(404, {"Content-Type": "text/plain"}, b"not in the corpus")
            return
        body = file.read_bytes()
        headers: dict[str, str] = {}
        if file.suffix == ".gz":
            headers["Content-Encoding"] = "gzip"
        elif file.suffix == ".z":
            headers["Content-Encoding"] = "deflate"
        for name, value in DECLARED_HEADER.findall(body):
            # latin-1 round-trips any byte, and is what http.server encodes headers with.
            text = value.decode("latin-1").strip().replace(ORIGINAL_ORIGIN, self.server.origin)
            headers[name.decode("latin-1").strip().title()] = text
        status = int(headers.pop("Status", "200"))
        etag, modified = headers.get("Etag"), headers.get("Last-Modified")
        if (etag and self.headers.get("If-None-Match") == etag) or (
                modified and self.headers.get("If-Modified-Since") == modified):
            status, body = 304, b""
        headers.setdefault("Content-Type", mimetypes.guess_type(file.name)[0] or "application/octet-stream")
        self._send(status, headers, body)

    def _send(self, status: int, headers: dict[str, str], body: bytes) -> None:
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        if status != 304:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if status != 304:
            self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: thousands of requests would bury the report."""


class _CorpusHTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    root: Path
    origin: str

    def handle_error(self, request: object, client_address: tuple[str, int]) -> None:
        """Quiet when a client hangs up on a kept-alive connection; loud for anything else."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)  # type: ignore[arg-type]


class CorpusServer:
    """A threaded HTTP server on 127.0.0.1 serving one folder, for ``with`` blocks."""

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()
        self.httpd = _CorpusHTTPServer(("127.0.0.1", 0), _CorpusHandler)
        self.httpd.root = self.root.parent  # URLs are /tests/..., as the Location headers expect
        self.origin = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.httpd.origin = self.origin
        self.thread = threading.Thread(target=self.httpd.serve_forever, name="corpus-server", daemon=True)

    def url_for(self, relative: str) -> str:
        return f"{self.origin}/{quote(self.root.name)}/{quote(relative)}"

    def __enter__(self) -> CorpusServer:
        self.thread.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=5)


def corpus_files(root: Path = CORPUS) -> list[str]:
    """Every file in the corpus, as sorted paths relative to ``root``."""
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())


# ---------------------------------------------------------------- replaying


@dataclass(frozen=True)
class FileOutcome:
    """How one corpus file ended: stored items, a read but empty feed, an error, or a crash."""

    path: str
    outcome: str
    detail: str = ""


@dataclass(frozen=True)
class Crash:
    """A build that raised: the fewest files found that still make it raise, and its traceback."""

    files: tuple[str, ...]
    traceback: str


@dataclass
class ReplayReport:
    outcomes: list[FileOutcome] = field(default_factory=list)
    crashes: list[Crash] = field(default_factory=list)
    seconds: float = 0.0
    digest_items: int = 0
    pages: int = 0

    def count(self, outcome: str) -> int:
        return sum(o.outcome == outcome for o in self.outcomes)

    @property
    def bad(self) -> list[FileOutcome]:
        """Files that ended neither as items nor as a recorded error."""
        return [o for o in self.outcomes if o.outcome in (NEITHER, EXCEPTION)]


def write_corpus_config(path: Path, feeds: Sequence[tuple[str, str]]) -> None:
    """A feeds.toml for one batch: every feed, one everything-theme, one roomy group.

    Strings are written with json.dumps, whose escapes are also valid TOML.
    """
    lines = [
        "[broker]", 'title = "Corpus replay"', 'base_url = "https://example.org/corpus/"',
        'database = "broker.db"', 'output = "site"', 'outbox = "outbox"',
        "feed_timeout = 10", "backlog_days = 36500", "allow_private_networks = true", "",
    ]
    for name, url in feeds:
        lines += ["[[feeds]]", f"name = {json.dumps(name)}", f"url = {json.dumps(url)}", ""]
    lines += ["[themes.everything]", 'label = "Everything"', f"keywords = {json.dumps(list(COMMON_WORDS))}", "",
              "[groups.readers]", 'name = "Readers"', 'themes = ["everything"]', "max_items = 100000", ""]
    path.write_text("\n".join(lines), encoding="utf-8")


@dataclass(frozen=True)
class _Built:
    outcomes: dict[str, FileOutcome]
    digest_items: int
    pages: int


def _build(folder: Path, files: Sequence[str], server: CorpusServer) -> _Built:
    """One full build of ``files`` in a fresh folder; raises whatever the pipeline raises."""
    folder.mkdir(parents=True)
    urls = {server.url_for(f): f for f in files}
    write_corpus_config(folder / "feeds.toml", [(f, u) for u, f in urls.items()])
    config = load_config(folder / "feeds.toml")
    pipeline.build(config, clock=lambda: FIXED_NOW)
    with Store.open(config.database) as store:
        rows = store.feed_rows()
        digest_items = store.count("digest_items")
    outcomes = {}
    for url, name in urls.items():
        row = rows.get(url)
        if row is None:
            outcomes[name] = FileOutcome(name, NEITHER, "no row in the feeds table")
        elif row.last_error:
            outcomes[name] = FileOutcome(name, ERROR, row.last_error)
        elif row.last_success:
            outcomes[name] = FileOutcome(name, OK_WITH_ITEMS if row.item_count else OK_EMPTY, row.warning)
        else:
            outcomes[name] = FileOutcome(name, NEITHER, "neither last_success nor last_error is set")
    return _Built(outcomes, digest_items, sum(1 for _ in config.output.rglob("*.html")))


def _crash(folder: Path, files: Sequence[str], server: CorpusServer) -> str:
    """The traceback if building ``files`` raises, else an empty string."""
    try:
        _build(folder, files, server)
    except Exception:
        return traceback.format_exc()
    return ""


def _fewest_crashing(folder: Path, files: Sequence[str], server: CorpusServer, trace: str) -> Crash:
    """Shrink a crashing set of files, dropping halves, then quarters..., while it still crashes.

    Some crashes need two feeds together (the same entry in both, say), so
    rebuilding each file alone would miss them; this finds a small set instead.
    """
    crashing, attempt, chunk = list(files), 0, max(1, len(files) // 2)
    give_up = time.monotonic() + SHRINK_SECONDS
    while True:
        start = 0
        while start < len(crashing) and len(crashing) > 1 and time.monotonic() < give_up:
            candidate = crashing[:start] + crashing[start + chunk:]
            attempt += 1
            found = _crash(folder / f"try-{attempt:03d}", candidate, server) if candidate else ""
            if found:
                crashing, trace = candidate, found
            else:
                start += chunk
        if chunk == 1 or len(crashing) == 1 or time.monotonic() >= give_up:
            return Crash(tuple(crashing), trace)
        chunk = max(1, chunk // 2)


def _replay_batch(folder: Path, batch: Sequence[str], server: CorpusServer, report: ReplayReport) -> _Built:
    """Build a batch; while it raises, set aside the fewest files that make it raise, and build the rest."""
    remaining, attempt = list(batch), 0
    crashed: dict[str, FileOutcome] = {}
    while True:
        attempt += 1
        try:
            built = _build(folder if attempt == 1 else folder.with_name(f"{folder.name}-again-{attempt}"),
                           remaining, server)
            break
        except Exception:
            trace = traceback.format_exc()
        crash = _fewest_crashing(folder.with_name(f"{folder.name}-shrink-{attempt}"), remaining, server, trace)
        report.crashes.append(crash)
        last_line = crash.traceback.strip().splitlines()[-1]
        crashed.update({name: FileOutcome(name, EXCEPTION, last_line) for name in crash.files})
        remaining = [f for f in remaining if f not in crashed]
        if not remaining:
            return _Built(crashed, 0, 0)
    return _Built({**built.outcomes, **crashed}, built.digest_items, built.pages)


def _batches(files: Sequence[str], size: int) -> Iterator[tuple[int, Sequence[str]]]:
    for number, start in enumerate(range(0, len(files), size), start=1):
        yield number, files[start:start + size]


def replay(files: Sequence[str], server: CorpusServer, workdir: Path, batch_size: int = 200,
           progress: bool = False) -> ReplayReport:
    """Build ``files`` in batches of ``batch_size`` feeds, each batch with its own config and database."""
    report = ReplayReport()
    started = time.monotonic()
    for number, batch in _batches(files, batch_size):
        batch_started = time.monotonic()
        faulthandler.dump_traceback_later(BATCH_WATCHDOG_SECONDS, exit=True)
        try:
            built = _replay_batch(workdir / f"batch-{number:02d}", batch, server, report)
        finally:
            faulthandler.cancel_dump_traceback_later()
        report.outcomes += [built.outcomes[f] for f in batch]
        report.digest_items += built.digest_items
        report.pages += built.pages
        if progress:
            tally = Counter(built.outcomes[f].outcome for f in batch)
            print(f"  batch {number:2d}: {len(batch)} files in {time.monotonic() - batch_started:5.1f} s  "
                  + "  ".join(f"{k} {v}" for k, v in sorted(tally.items())), flush=True)
    report.seconds = time.monotonic() - started
    return report


# ---------------------------------------------------------------- the command


def _print_report(report: ReplayReport, total: int) -> None:
    print(f"files replayed:            {len(report.outcomes)} of {total}")
    print(f"  ending as stored items:  {report.count(OK_WITH_ITEMS)}")
    print(f"  read, but no items:      {report.count(OK_EMPTY)}  (valid feeds with no usable entries)")
    print(f"  ending as feed errors:   {report.count(ERROR)}")
    print(f"  ending neither way:      {report.count(NEITHER)}")
    print(f"unhandled exceptions:      {len(report.crashes)}")
    print(f"items in digests:          {report.digest_items}; HTML pages written: {report.pages}")
    rate = len(report.outcomes) / report.seconds if report.seconds else 0.0
    print(f"time:                      {report.seconds:.1f} s ({rate:.0f} files/s)")
    errors = Counter(o.detail.split(" (")[0][:90] for o in report.outcomes if o.outcome == ERROR)
    if errors:
        print("most common feed errors:")
        for text, n in errors.most_common(8):
            print(f"  {n:5d}  {text}")
    for outcome in report.bad:
        print(f"NEITHER/EXCEPTION: {outcome.path}: {outcome.detail}")
    for crash in report.crashes:
        print(f"\nEXCEPTION when these files are built together: {', '.join(crash.files)}\n{crash.traceback}")


def main(argv: Sequence[str] | None = None) -> int:
    """Replay the corpus and print the figures; 1 when anything crashed or ended neither way."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="feedparser's tests folder")
    parser.add_argument("--batch", type=int, default=200, help="feeds per config and database")
    parser.add_argument("--every", type=int, default=1, help="replay every Nth sorted file only")
    parser.add_argument("--keep", type=Path, help="build in this folder and keep it, instead of a temporary one")
    args = parser.parse_args(argv)
    files = corpus_files(args.corpus)[::args.every]
    print(f"replaying {len(files)} files from {args.corpus} in batches of {args.batch}, "
          f"with broker from {Path(pipeline.__file__).parent}", flush=True)
    with CorpusServer(args.corpus) as server, tempfile.TemporaryDirectory(prefix="bench-corpus-") as tmp:
        workdir = args.keep or Path(tmp)
        report = replay(files, server, workdir, args.batch, progress=True)
    _print_report(report, len(files))
    return 1 if report.crashes or report.bad or len(report.outcomes) != len(files) else 0


if __name__ == "__main__":
    sys.exit(main())
