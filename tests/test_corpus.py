"""A sample of feedparser's test corpus, through the whole pipeline: no feed may crash a run.

The benchmark (``benchmarks/bench_corpus.py``) replays all of it; this takes
every 11th file, 200 in all, so the suite stays quick but still meets broken
encodings, odd entities, compression and redirects.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.bench_corpus import CORPUS, ERROR, OK_EMPTY, OK_WITH_ITEMS, CorpusServer, corpus_files, replay

SAMPLE = 200
STEP = 11


def test_every_sampled_corpus_feed_ends_as_items_or_a_recorded_error(tmp_path: Path) -> None:
    files = corpus_files(CORPUS)[::STEP][:SAMPLE]
    assert len(files) == SAMPLE, f"the corpus at {CORPUS} is missing or smaller than expected"

    with CorpusServer(CORPUS) as server:
        report = replay(files, server, tmp_path, batch_size=SAMPLE)

    crashes = "\n\n".join(f"{', '.join(c.files)}:\n{c.traceback}" for c in report.crashes)
    assert report.crashes == [], f"the run raised:\n{crashes}"
    assert report.bad == []
    assert [o.path for o in report.outcomes] == files
    assert report.count(OK_WITH_ITEMS) + report.count(OK_EMPTY) + report.count(ERROR) == SAMPLE
    assert report.count(OK_WITH_ITEMS) > 0 and report.digest_items > 0, "no corpus item reached a digest"
