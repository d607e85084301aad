"""Round forty-three: entries the blind lay readers of 2026-12-01 found saying nothing of what was studied.

Each test runs a real abstract (val.jsonl, Cochrane) whose entry named no subject: an
empty review that did not say what it looked for, or a review that gave only its count of
studies. The subject is read, as a last resort, from what the authors say the evidence or
the research still needed is on.
"""

from __future__ import annotations

from broker.plain.reading import read
from broker.plain.scope import wished_subject

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


def test_a_compared_pair_says_what_its_kind_of_treatment_was_for() -> None:
    # CD010871.pub2: "It was about treatment plans with azithromycin compared with doxycycline" (studied=no in four
    # ratings: for what?). The abstract says "antibiotic treatments for CT infection" and never spells CT out; beside
    # azithromycin and doxycycline it is chlamydia, not a scan.
    entry = entry_for(r43.AZITHROMYCIN_CHLAMYDIA)
    assert "compared with doxycycline for CT infection. CT means chlamydia, a sexually transmitted infection." in (
        entry.studied)
    assert "X-ray" not in entry.summary
    assert_plain(entry.studied, r43.AZITHROMYCIN_CHLAMYDIA)  # the whole entry was long before: the part changed


def test_the_condition_a_kind_of_treatment_was_for_is_said_where_no_people_are_named() -> None:
    # CD010753.pub2: "antidepressants for insomnia", said three times, is what doxepin and trazodone were for.
    entry = entry_for(r43.ANTIDEPRESSANTS_INSOMNIA)
    assert "low-dose doxepin and trazodone compared with a dummy treatment for insomnia." in entry.studied
    assert_plain(entry.studied, r43.ANTIDEPRESSANTS_INSOMNIA)


def test_one_of_several_combinations_is_not_what_a_treatment_was_for() -> None:
    # "… a trial of one specific combination": no condition, so nothing is added to the subject.
    abstract = ("We included 20 trials with 3000 people comparing two-drug combinations with single drugs. Two-drug "
                "combinations lowered blood pressure more than single drugs. More trials for one specific combination "
                "are needed. Two-drug combinations are probably better than single drugs.")
    entry = entry_for(abstract)
    assert "for one specific combination" not in entry.studied


def test_what_a_lesser_part_of_the_studies_compared_is_not_what_the_review_was_about() -> None:
    # CD007554.pub3: "29 studies … compared neutral pH, low GDP PD solution with conventional PD solution, and 13
    # studies … compared icodextrin with conventional PD solution". The entry said "It was about icodextrin", then
    # told the neutral-pH findings (misleading=yes: a reader pins them on icodextrin). Neither is the whole review,
    # and "neutral pH" cut at its comma names only part of the other, so the entry says less.
    entry = entry_for(r43.ICODEXTRIN)
    assert "It was about icodextrin" not in entry.studied
    assert "neutral pH." not in entry.studied
    assert entry.studied.startswith("This review looked at 42 studies with 3262 people.")
    assert_plain(entry.studied, r43.ICODEXTRIN)


def test_a_list_or_a_name_that_runs_on_past_a_comma_is_not_cut_short_into_a_subject() -> None:
    # "Further trials of acupuncture, massage and yoga": "acupuncture" alone is one of three (it was said).
    abstract = ("We included 14 trials with 900 people with back pain. Acupuncture reduced pain a little (SMD -0.2, "
                "95% CI -0.4 to -0.1). Massage reduced pain a little (SMD -0.3, 95% CI -0.5 to -0.1). Acupuncture, "
                "massage and yoga may reduce pain a little in people with back pain. Further trials of acupuncture, "
                "massage and yoga are needed.")
    entry = entry_for(abstract)
    assert "It was about acupuncture." not in entry.studied


def test_an_emphatic_did_that_answers_something_unsaid_is_dropped() -> None:
    # CD006325.pub3: "We did identify a RCT comparing MTX with cisplatin", after "We could not identify any studies in
    # which the only difference … was the use of MTX": said alone, "We did find" answers a question never asked
    # (coherent=no).
    entry = entry_for(r43.METHOTREXATE_OSTEOSARCOMA)
    assert entry.studied.startswith("We found a randomised trial comparing MTX with cisplatin.")
    assert "did find" not in entry.summary
    assert_plain(entry.summary, r43.METHOTREXATE_OSTEOSARCOMA)


def test_an_early_or_guided_start_of_treatment_reads_as_english_and_names_the_subject() -> None:
    # CD010309.pub2: "early or CD4-guided initiation of ART" was swapped to "early or CD4-guided starting ART", and the
    # entry had no "What was studied" at all, since a garbled subject is not said.
    entry = entry_for(r43.EARLY_ART_CHILDREN)
    assert "early or CD4-guided start of ART" in entry.found
    assert "starting ART" not in entry.summary
    assert entry.studied.startswith("This review looked at early or CD4-guided start of ART.")
    assert_plain(entry.summary, r43.EARLY_ART_CHILDREN)


def test_the_authors_closing_doubt_about_all_their_evidence_goes_before_a_tendency_they_saw() -> None:
    # CD001006.pub3: the entry led with "Effective campaigns tended to last longer …" (main finding=partly: the
    # authors' own "It would therefore be unwise to offer firm conclusions based on the evidence in this review" was
    # lost, since "It would therefore" read as pointing back).
    entry = entry_for(r43.MASS_MEDIA_SMOKING)
    assert entry.found.startswith("It would be unwise to offer firm conclusions based on the evidence in this review. "
                                  "Effective campaigns tended to last longer")
    assert_plain(entry.summary, r43.MASS_MEDIA_SMOKING)


def test_an_empty_review_tells_the_authors_advice_and_not_their_note_to_researchers() -> None:
    # CD001710.pub2: the entry told "More precise naming would greatly help find relevant work" (advice to
    # researchers) and left out the authors' advice to the people the review is for, "It is therefore probably best
    # that people with serious mental illness and their carers … take a pragmatic decision …" (main finding=partly in
    # five ratings).
    entry = entry_for(r43.DAY_CENTRES)
    assert "naming" not in entry.found
    assert ("It is probably best that people with serious mental illness and their carers, if given the choice, make "
            "a practical decision on which type of unit best meets their needs.") in entry.found
    assert_plain(entry.summary, r43.DAY_CENTRES)


def test_one_trial_of_five_that_saw_a_harm_does_not_make_the_studies_few() -> None:
    # CD006778.pub2: five trials with 3821 patients; "… occurred significantly more frequently in the treatment group
    # in only one trial" made "There are only a few studies" (misleading=yes: the no-benefit finding read as weak).
    entry = entry_for(r43.TIRILAZAD)
    assert "only a few studies" not in entry.certainty
    assert entry.certainty == "Some of the results come from only one study."  # what the source does say
    assert_plain(entry.summary, r43.TIRILAZAD)


def test_a_review_that_says_its_studies_are_few_still_says_so() -> None:
    abstract = ("We included four trials with 210 people. Only a few studies have looked at this question. Massage "
                "may reduce pain a little.")
    assert "There are only a few studies." in entry_for(abstract).certainty


def test_studies_that_did_not_describe_how_they_hid_the_groups_cannot_be_judged() -> None:
    # CD005279.pub4: "Three of seven studies described the method of random sequence generation, none described
    # allocation concealment": the entry said "The source does not say how strong the evidence is" (certainty=no).
    entry = entry_for(r43.ULTRASOUND_CATHETERS)
    assert entry.certainty == "We cannot tell how well some studies were done."
    assert_plain(entry.summary, r43.ULTRASOUND_CATHETERS)


def test_observational_results_are_explained_and_a_slip_for_outweigh_is_mended() -> None:
    # CD008983.pub3: "Observational results suggest lower death rate …" left a reader asking what those were (clear=no),
    # and the source's "benefits overweigh the potential risks" was told as written.
    abstract = ("We included six studies. It seems that the evidence, although weak, shows that the benefits "
                "overweigh the potential risks when vaccinating adults with cancer against influenza. Observational "
                "results suggest lower mortality with influenza vaccination.")
    entry = entry_for(abstract)
    assert "benefits outweigh the potential risks" in entry.found
    assert "Observational results means results from studies that watch people without giving a treatment." in (
        entry.found)


def test_a_long_verdict_is_cut_before_although_even_without_a_comma() -> None:
    # CD005306.pub2: "… better than peak flow WAP for preventing acute care visits although there is not enough
    # information to firmly conclude whether …" was told as one sentence of 60 words (clear=no).
    abstract = ("We included four trials with 355 children. Symptom-based plans reduced acute care visits (RR 0.73, "
                "95% CI 0.55 to 0.97). The evidence suggests that symptom-based written action "
                "plans are better than peak flow plans for preventing acute care visits although there is not enough "
                "information to firmly conclude why.")
    found = entry_for(abstract).found
    assert found.startswith("The evidence suggests that symptom-based written action plans are better than peak flow "
                            "plans for preventing acute care visits. But there is not enough information to firmly "
                            "conclude why.")


def test_a_subject_named_only_among_the_results_is_found_when_nothing_else_names_one() -> None:
    # CD004746.pub2: the entry said only "two trials with 1378 people" and "The results available suggest some
    # advantage over a dummy treatment …" (coherent=no, studied=no: an advantage of what?). "Limited data were
    # available when considering the impact of galantamine on vascular dementia" names it.
    entry = entry_for(r43.GALANTAMINE_VASCULAR)
    assert entry.studied.startswith("This review looked at two trials with 1378 people. It was about galantamine.")
    assert_plain(entry.summary, r43.GALANTAMINE_VASCULAR)


def test_what_some_of_the_trials_or_none_of_them_looked_at_is_not_the_subject() -> None:
    # "Ten trials evaluated the effect of behavioural support" in a review of 13 (CD002294.pub4).
    abstract = ("Thirteen trials with 2010 people met the inclusion criteria. Ten trials evaluated the effect of "
                "behavioural support on quitting. Behavioural support increased quitting (RR 1.5, 95% CI 1.2 to 1.9). "
                "Intensive support before surgery may help people quit. Behavioural support was safe.")
    assert wished_subject(read(abstract)) == ""
    assert wished_subject(read(abstract.replace("Ten trials", "The trials"))) == "behavioural support"
    assert wished_subject(read("We included four trials. No trials evaluated the effect of yoga on pain. Yoga "
                               "reduced pain. Yoga may help.")) == ""


def test_only_limited_evidence_is_told_as_not_enough_to_be_sure() -> None:
    # CD006304.pub3: "There is only limited evidence to support the effectiveness of local cooling treatments …" was
    # the verdict, yet "How sure we can be" said the source does not say how strong the evidence is (certainty=no).
    abstract = ("Ten trials with 1825 women were included. Ice packs improved pain relief compared with no treatment "
                "(RR 0.61, 95% CI 0.41 to 0.91). There is only limited evidence to support the effectiveness of local "
                "cooling treatments applied to the perineum following childbirth to relieve pain.")
    assert entry_for(abstract).certainty.startswith("The authors say the evidence is not enough to be sure.")


def test_a_verdict_on_the_question_raised_in_this_review_points_at_a_question_never_told() -> None:
    # CD009546.pub2: "We have been unable to locate any studies looking at the question raised in this review" led
    # (coherent=no: which question?). The authors' own words on what has no evidence now lead, in everyday words.
    entry = entry_for(r43.HYPERSALIVATION)
    assert "the question raised" not in entry.found
    assert entry.found.startswith("Policy makers have no trial-based evidence on which to base guidelines for "
                                  "treating drooling caused by antipsychotics other than clozapine.")
    assert_plain(entry.summary, r43.HYPERSALIVATION)
