"""Round forty-three: entries the blind lay readers of 2026-12-01 found saying nothing of what was studied.

Each test runs a real abstract (val.jsonl, Cochrane) whose entry named no subject: an
empty review that did not say what it looked for, or a review that gave only its count of
studies. The subject is read, as a last resort, from what the authors say the evidence or
the research still needed is on.
"""

from __future__ import annotations

from . import abstracts_review29 as r29
from . import abstracts_review43 as r43
from .test_plain import assert_plain, entry_for


def test_an_empty_review_says_what_it_looked_for() -> None:
    # CD001710.pub2: "We found no trials of non-medical day centres … randomised controlled trials of day centre care"
    # (studied=no in six ratings: "looked for studies" of what?).
    entry = entry_for(r43.DAY_CENTRES)
    assert entry.studied.startswith("This review looked for studies of day centre care, but found none")
    assert_plain(entry.summary, r43.DAY_CENTRES)


def test_an_empty_review_names_the_treatment_and_what_it_was_for() -> None:
    # CD006312.pub2: "… recommendations on the use of adrenaline for the treatment of anaphylaxis".
    entry = entry_for(r29.ADRENALINE_ANAPHYLAXIS)
    assert entry.studied.startswith("This review looked for studies of adrenaline for treating anaphylaxis, but found "
                                    "none")
    assert entry.summary.count("Anaphylaxis means") == 1  # explained where it is first said, not again
    assert_plain(entry.summary, r29.ADRENALINE_ANAPHYLAXIS)


def test_a_review_named_only_by_its_wish_for_more_research_says_that_subject_without_the_narrower_aim() -> None:
    # CD002843.pub2: the entry said only "26 trials with 17,578 people"; the authors close "More high-quality RCTs of
    # PN strategies for HIV and syphilis … are needed". The review is about partner notification for all sexually
    # transmitted infections, so "for HIV and syphilis" (what more research is wanted for) is not said.
    entry = entry_for(r43.PARTNER_NOTIFICATION)
    assert "It was about PN strategies. PN means partner notification" in entry.studied
    assert "syphilis" not in entry.studied
    assert_plain(entry.summary, r43.PARTNER_NOTIFICATION)


def test_a_wished_for_subject_must_be_said_elsewhere_and_name_no_outcome() -> None:
    # Only the authors' wish names "yoga"; said nowhere else, it may be a new idea, not what the review studied. And
    # "the effect of X on pain" must not make "pain" the subject.
    abstract = ("We included eight trials with 400 people. The trials were small and at high risk of bias. Pain scores "
                "did not differ between groups. Future trials should test the effects of yoga on pain.")
    entry = entry_for(abstract)
    assert "yoga" not in entry.studied and "It was about pain" not in entry.studied
