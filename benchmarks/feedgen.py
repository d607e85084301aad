"""Realistic research feeds for the pipeline benchmark, and a local server for them.

Each feed is an RSS 2.0 document of research items: a title, an abstract of
about 2 KB, three to eight authors, a DOI, a link and a date. About one item
in twenty is a copy of an item from another feed (same DOI, its own guid and
link), so the store's cross-feed dedupe has work to do.

The server answers from a folder on 127.0.0.1 only, with a strong ETag per
file, and 304 for a matching If-None-Match. Run it on its own:
    .venv/bin/python benchmarks/feedgen.py serve FOLDER PORT [--http10]
"""

from __future__ import annotations

import hashlib
import os
import random
import sys
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from xml.sax.saxutils import escape


def _words(text: str) -> list[str]:
    return text.split()


# Theme words appear in a fair share of abstracts, so the keyword themes match often.
TOPICS = ["unpaid carers", "dementia", "loneliness", "social housing", "mental health", "young carers",
          "hospital discharge", "care homes", "disability benefits", "fuel poverty"]
FILLER = _words("the of and to in a was were with for on that by as at from this are be which an or we our their it "
                "study participants analysis results data evidence outcomes support services interviews survey cohort "
                "trial randomised qualitative quantitative methods findings associated increased reduced risk among "
                "people older adults community local authority policy practice intervention costs primary health care "
                "england scotland wales national sample follow months years baseline significant difference groups "
                "reported experience access barriers needs family households income employment wellbeing quality life "
                "measures model regression confidence interval odds ratio review systematic literature themes emerged "
                "staff workforce training delivery commissioning integrated pathways referral assessment")
SURNAMES = _words("Smith Jones Taylor Brown Williams Wilson Johnson Davies Patel Wright Khan Evans Thomas Roberts "
                  "Walker Wood Thompson White Hughes Edwards Green Hall Lewis Harris Clarke Jackson Ahmed "
                  "Martin Cooper Hill Ward Morris Moore Clark Lee King Baker Harrison Morgan Allen James Scott "
                  "Phillips Watson")
INITIALS = "ABCDEFGHJKLMNPRSTW"
EPOCH = datetime(2026, 11, 16, 9, 0, tzinfo=UTC)


def _abstract(rng: random.Random, topic: str, size: int = 2000) -> str:
    sentences: list[str] = []
    length = 0
    while length < size:
        words = rng.choices(FILLER, k=rng.randint(12, 28))
        if rng.random() < 0.3:
            words.insert(rng.randrange(len(words)), topic)
        sentence = " ".join(words).capitalize() + "."
        sentences.append(sentence)
        length += len(sentence) + 1
    return "<p>" + " ".join(sentences) + "</p>"


def item_xml(serial: int, feed: int, copy_of: int | None = None, epoch: datetime = EPOCH) -> str:
    """One <item>, dated up to 2,000 hours before ``epoch``; ``copy_of`` makes it another feed's copy of
    that serial's study (same DOI and title)."""
    study = serial if copy_of is None else copy_of
    rng = random.Random(study)
    topic = rng.choice(TOPICS) if rng.random() < 0.6 else rng.choice(FILLER)
    words = " ".join(rng.choices(FILLER[20:], k=rng.randint(4, 9)))
    title = f"{words.capitalize()} for {topic}: study {study}"
    authors = ", ".join(f"{rng.choice(INITIALS)}. {rng.choice(SURNAMES)}" for _ in range(rng.randint(3, 8)))
    abstract = _abstract(rng, topic)
    date = epoch - timedelta(hours=study % 2000)
    doi = f"10.5555/bench.{study}"
    return ("<item>"
            f"<title>{escape(title)}</title>"
            f"<link>https://journal{feed}.example.org/article/{serial}?utm_source=rss</link>"
            f'<guid isPermaLink="false">urn:bench:{feed}:{serial}</guid>'
            f"<description>{escape(abstract)}</description>"
            f"<dc:creator>{escape(authors)}</dc:creator>"
            f"<dc:identifier>doi:{doi}</dc:identifier>"
            f"<category>{escape(topic)}</category>"
            f"<pubDate>{format_datetime(date, usegmt=True)}</pubDate>"
            "</item>")


def feed_xml(feed: int, items: int, extra: int = 0, start: int = 0, epoch: datetime = EPOCH) -> bytes:
    """Feed number ``feed``: ``items`` items (newest first), plus ``extra`` newer ones.

    ``start`` moves the feed on in time: the feed then carries the items numbered
    from ``start``, as a real feed keeps only its latest items. ``epoch`` is the
    feed's "now", for items dated as a clock moves on.
    """
    base = feed * 100_000  # serials are unique across feeds
    parts = []
    for n in range(start + items + extra - 1, start - 1, -1):
        serial = base + n
        # About 5% of items are another feed's study (the previous feed's next item, never itself a copy).
        copy_of = (feed - 1) * 100_000 + n + 1 if feed > 0 and n % 20 == 7 and n + 1 < start + items else None
        parts.append(item_xml(serial, feed, copy_of, epoch))
    return ('<?xml version="1.0" encoding="utf-8"?>\n'
            '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>'
            f"<title>Journal {feed}</title><link>https://journal{feed}.example.org/</link>"
            f"<description>Research from journal {feed}</description>"
            + "".join(parts) + "</channel></rss>").encode()


def write_feeds(folder: Path, feeds: range, items: int, extra: dict[int, int] | None = None, start: int = 0) -> int:
    """Write feeds ``feeds`` into ``folder`` as ``feed-N.xml``; return the total bytes written."""
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for feed in feeds:
        body = feed_xml(feed, items, (extra or {}).get(feed, 0), start)
        temporary = folder / f".feed-{feed}.xml.tmp"
        temporary.write_bytes(body)
        os.replace(temporary, folder / f"feed-{feed}.xml")
        total += len(body)
    return total


def read_feeds(folder: Path, feeds: range) -> Iterator[bytes]:
    for feed in feeds:
        yield (folder / f"feed-{feed}.xml").read_bytes()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as every production web server offers
    folder: Path
    cache: dict[str, tuple[float, bytes, str]]
    lock = threading.Lock()

    def do_GET(self) -> None:
        path = self.folder / self.path.lstrip("/").split("?")[0]
        try:
            stamp = path.stat().st_mtime_ns
        except OSError:
            self.send_error(404)
            return
        with self.lock:
            cached = self.cache.get(str(path))
        if cached is None or cached[0] != stamp:
            body = path.read_bytes()
            cached = (stamp, body, '"' + hashlib.sha1(body).hexdigest() + '"')
            with self.lock:
                self.cache[str(path)] = cached
        _, body, etag = cached
        if self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("ETag", etag)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


def serve(folder: Path, port: int, http10: bool = False) -> None:
    """Serve ``folder`` on 127.0.0.1:``port`` until stdin closes.

    ``http10``: HTTP/1.0 with no keep-alive, so every request needs a connection of its own,
    as many small sites' servers still answer.
    """
    handler = type("Handler", (_Handler,), {"folder": folder, "cache": {},
                                            **({"protocol_version": "HTTP/1.0"} if http10 else {})})
    ThreadingHTTPServer.daemon_threads = True
    ThreadingHTTPServer.request_queue_size = 256
    server = ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print("ready", flush=True)
    sys.stdin.read()
    server.shutdown()


if __name__ == "__main__" and len(sys.argv) in (4, 5) and sys.argv[1] == "serve":
    serve(Path(sys.argv[2]), int(sys.argv[3]), http10=sys.argv[4:] == ["--http10"])
