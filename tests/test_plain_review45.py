"""Round forty-five: claims that blind lay readers took the wrong way, and main findings they missed.

Each abstract is real (val.jsonl, Cochrane); each test was seen to fail before its change.
"""

from __future__ import annotations

from broker.plain import plain_entry
from broker.plain.glossary import Glossary

from . import abstracts_review29 as r29
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


def test_what_is_still_unknown_follows_the_finding_without_the_concession_that_repeats_it() -> None:
    # "Thus, although there is a benefit favouring blastocyst transfer in fresh cycles, it remains unclear whether
    # the day of transfer impacts on cumulative live birth …": the benefit was the lead; what is unknown is the rest
    # of the verdict, and readers missed it. A word on the evidence took its place.
    told = found(r29.BLASTOCYST_TRANSFER)
    assert told.startswith("There is low quality evidence for live birth")
    assert "It is still unclear whether the day of transfer affects cumulative live birth" in told
    assert "although" not in told and "The evidence was of low quality" not in told


def test_the_authors_doubt_stands_in_for_our_own_words_saying_the_same() -> None:
    # "We cannot be sure of all of them. The authors say the evidence is not enough to be sure." says one thing
    # twice: the authors' word stays, and the entry keeps within its length.
    certainty = plain_entry("", r29.BLASTOCYST_TRANSFER, glossary=Glossary(())).certainty
    assert certainty.startswith("The evidence is fairly strong for some results but very weak for others. "
                                "The authors say the evidence is not enough to be sure.")
    assert "all of them" not in certainty
