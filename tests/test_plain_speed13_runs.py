"""ASCII runs (speed13): a lead looked for only where its character is there, the runs as before."""

from __future__ import annotations

import random
import re

from broker.plain import text


def _runs_as_before(text_: str, table: bytes, leads: tuple[str, ...]) -> list[str]:
    """``text.ascii_runs`` as it was: each lead looked for, and taken off, while one is left."""
    runs = " " + text_.encode().translate(table).decode()
    again = True
    while again:
        again = False
        for lead in leads:
            if lead in runs:
                runs = runs.replace(lead, "  ")
                again = True
    return runs.split()


_PIECES = ["a", "Bc", "'", "-", " ", "''", "--", "'-", "-'", " '", " -", "x'", "x-", "2", "(", ")", ".", ",", "_",
           "don't", "meta-analysis", "'quoted'", "-0.5", "--a", "'-a", "-'a", "patients'", "Z", ""]


def test_runs_are_as_before() -> None:
    rng = random.Random(13)
    samples = ["", " ", "'", "-", "'a", "-a", "a'", "a-", " 'a", "'-'-a", "a -'b", "a - b", "x''y", "x--y"]
    for _ in range(20000):
        samples.append("".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 10))))
    kinds = [(text._NOT_WORD, (" '", " -")), (text.keeping(text.LETTERS + "-"), (" -",)),
             (text.keeping("abcdefghijklmnopqrstuvwxyz0123456789'-"), (" '", " -")),
             (text.keeping(text.LETTERS + "'-"), (" -", " '")), (text.keeping(text.LETTERS + "'"), (" '",))]
    for sample in samples:
        for table, leads in kinds:
            assert text.ascii_runs(sample, table, leads) == _runs_as_before(sample, table, leads), (sample, leads)
        assert text.word_tokens(sample) == tuple(re.findall(r"[A-Za-z][A-Za-z'\-]*", sample)), sample
