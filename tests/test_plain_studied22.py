"""What was studied, round twenty-two: the subject and its people where the authors' closing words name them.

Each test runs a real abstract that opens with its results; the reviews' lay readers
marked these entries as never saying what was studied, or in whom.
"""

from __future__ import annotations

from . import abstracts_review6
from . import abstracts_review22 as r22
from .test_plain import assert_plain, entry_for


def test_a_subject_named_by_letters_that_spell_a_word_is_said_with_its_people() -> None:
    # CD004466: "no evidence of benefit from IS in reducing pulmonary complications … in patients undergoing CABG";
    # "IS" was read as the verb "is", so the entry said only "seven studies with 592 people" (studied=no, twice).
    entry = entry_for(abstracts_review6.SPIROMETRY_CABG)
    assert entry.studied.startswith("This review looked at seven studies with 592 people. It was about incentive "
                                    "spirometry to reduce lung complications in patients having CABG.")
    assert "IS means incentive spirometry" in entry.found  # the letters are still explained where they are used
    assert_plain(entry.summary, abstracts_review6.SPIROMETRY_CABG)


def test_the_illness_named_in_closing_is_who_it_was_about_without_the_treatment_they_got() -> None:
    # CD005028: "for people with chronic plaque psoriasis receiving long-term treatment with corticosteroids" in the
    # authors' closing words; the treatment marks out one part of the question, the illness all the people, so the
    # entry names the illness (it said only "It was about steroids", studied=no).
    entry = entry_for(r22.PSORIASIS_TOPICAL)
    assert entry.studied.startswith("This review looked at 177 trials with 34,808 people. It was about steroids in "
                                    "people with long-term plaque psoriasis.")
    assert "receiving" not in entry.studied


def test_what_a_treatment_compared_with_placebo_was_for_is_read_where_the_treatment_is_named() -> None:
    # CD009417: the verdict names "immunoglobulins and placebo"; the authors' next lines say "the effects of
    # immunoglobulins when used as a treatment for RSV lower respiratory tract infection in hospitalised infants …",
    # which names the treatment alone, so what it was for was never said (studied=no, twice).
    entry = entry_for(r22.RSV_IMMUNOGLOBULIN)
    assert entry.studied.startswith("This review looked at seven trials with 486 infants and children aged up to three "
                                    "years. It was about immunoglobulins compared with a dummy treatment for RSV lower "
                                    "breathing tract infection.")
    assert "RSV means a common virus that causes chest infections." in entry.studied


def test_what_the_treatments_were_for_names_a_review_that_names_no_treatment() -> None:
    # CD005511: twenty trials of surgical protocols, none named as the subject; the authors close on "reliable
    # guidelines for treating periapical lesions", which is what every trial was about (a count alone, studied=no).
    entry = entry_for(r22.PERIAPICAL_SURGERY)
    assert entry.studied.startswith("This review looked at 20 trials. It was about treating periapical lesions.")


def test_treating_is_not_read_from_a_wish_or_a_result() -> None:
    from broker.plain.reading import read
    from broker.plain.scope import purposed_subject

    # a wish for research and a result with figures say nothing of what the review's trials were for
    wish = read("We included four trials. Future trials should look at treating chronic wounds.")
    assert purposed_subject(wish) == ""
    said = read("We included four trials. Dressings healed more ulcers (RR 1.2, 95% CI 1.0 to 1.4). Evidence does "
                "not yet guide clinicians on treating chronic wounds.")
    assert purposed_subject(said) == "treating chronic wounds"


def test_a_test_accuracy_review_names_the_tests_and_what_they_look_for() -> None:
    # CD008803: "The accuracy of imaging tests for detecting manifest glaucoma was variable across studies": the tests
    # and the illness they look for are the subject ("106 studies with 16,260 eyes" alone, studied=no).
    entry = entry_for(r22.GLAUCOMA_IMAGING)
    assert entry.studied.startswith("This review looked at 106 studies with 16,260 eyes. It was about imaging tests "
                                    "for manifest glaucoma.")


def test_people_no_study_looked_at_are_not_who_the_review_was_about() -> None:
    # CD010633: "No studies … have directly addressed … or assessed the accuracy of DAT imaging in people with mild
    # dementia" names people no study took in; the entry had said the review was about them.
    entry = entry_for(r22.DAT_IMAGING_DLB)
    assert entry.studied.startswith("This review looked at one study. It was about DAT imaging for dementia with Lewy "
                                    "bodies.")
    assert "mild dementia" not in entry.studied


def test_people_named_as_those_who_took_the_treatment_are_who_it_was_about() -> None:
    # CD005105: "Overweight or obese people on LGI lost more weight …" is the only place the abstract names its people
    # (studied=no: "lowering the glycaemic load of the diet", in nobody).
    entry = entry_for(r22.LOW_GLYCAEMIC_DIET)
    assert entry.studied.startswith("This review looked at six trials with 202 people. It was about lowering the "
                                    "glycaemic load of the diet in overweight or obese people.")
    assert_plain(entry.summary, r22.LOW_GLYCAEMIC_DIET)


def test_all_none_or_a_subgroup_on_a_treatment_are_not_who_took_part() -> None:
    from broker.plain.people import who_elsewhere
    from broker.plain.reading import read

    for sentence in ("All patients on dialysis improved.", "Older people taking statins fell less.",
                     "No children given zinc were harmed."):
        abstract = read(f"We included four trials. {sentence}")
        assert who_elsewhere(abstract, abstract.sentences[0], ()) == "", sentence
    abstract = read("We included four trials. Pregnant women given iron had less anaemia.")
    assert who_elsewhere(abstract, abstract.sentences[0], ()) == "pregnant women"


def test_what_a_treatment_is_of_similar_efficacy_to_is_what_it_was_compared_with() -> None:
    # CD007477: "Deferasirox appears to be of similar efficacy to deferoxamine depending on …": both studies compared
    # the two, so the entry says so ("It was about deferasirox." alone, studied=no), stopping before "depending on".
    entry = entry_for(r22.DEFERASIROX)
    assert entry.studied.startswith("This review looked at two studies. It was about deferasirox compared with "
                                    "deferoxamine.")
