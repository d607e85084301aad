"""Round forty-five: claims that blind lay readers took the wrong way, and main findings they missed.

Each abstract is real (val.jsonl, Cochrane); each test was seen to fail before its change.
"""

from __future__ import annotations

from broker.plain import plain_entry
from broker.plain.glossary import Glossary

from . import abstracts_review45 as r45


def found(abstract: str) -> str:
    return plain_entry("", abstract, glossary=Glossary(())).found


def test_very_low_certainty_evidence_of_a_difference_is_not_told_after_a_verdict_of_too_little_evidence() -> None:
    # The authors found no difference (their estimate crosses no effect), yet wrote "very low-certainty evidence of
    # a difference between TENS compared to sham TENS"; a reader took it as a benefit. Their verdict says it all.
    told = found(r45.TENS_NECK_PAIN)
    assert told.startswith("At present, there is not enough evidence about using TENS")
    assert "evidence of a difference" not in told


def test_other_cancers_are_not_told_without_the_cancers_they_are_other_than() -> None:
    # "For other childhood cancers no RCTs were identified" follows a sentence on six cancers with one trial each;
    # told without it, a reader learns there were no trials for any cancer but ALL.
    told = found(r45.ANTHRACYCLINES_CHILDHOOD)
    assert "acute lymphoblastic leukaemia" in told
    assert "other childhood cancers" not in told
