"""Sentence kinds looked for by (word, pattern) pairs in one loop (speed11): they say what the tables say."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("sample", [
    "", "no trials reported the outcome", "we did not pool the data", "this is a preprint not yet peer reviewed",
    "funded by x", "the review highlights the lack of data on pain", "results should be interpreted with care",
    "is primarily relevant to high-income settings", "no new studies were identified",
    "some confidence in the estimate", "cross-over design was appropriate", "na\u00efve no trials reported",
    "no design", "we", "overestimated due to bias",
])
def test_pairs_say_what_the_table_says(sample: str) -> None:
    from broker.plain import concluding, kinds, text, wishes
    for table in (kinds._META_ANYWHERE, concluding._PHRASES, wishes._WISHES):
        assert text.says_by_pairs(text.word_pairs(table), sample) == text.says_any(table, sample)
