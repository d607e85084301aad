"""Round forty-six: what blind lay readers took the wrong way in the review of the final code of round forty-five.

Each abstract is real (val.jsonl, Cochrane); each test was seen to fail before its change.
"""

from __future__ import annotations

from broker.plain import plain_entry
from broker.plain.glossary import Glossary

from . import abstracts as a0
from . import abstracts_more as more
from . import abstracts_review45 as r45
from . import abstracts_review46 as r46


def test_small_numbers_of_some_people_do_not_make_the_studies_small() -> None:
    # "we encourage caution in the interpretation of results including small numbers of participants with these
    # seizure types" is said of the few people with other seizures; the main finding rests on over 1100 people.
    # Told as "The studies were small.", a reader was misled about how sure the main finding is.
    told = plain_entry("", r46.TOPIRAMATE_CARBAMAZEPINE, glossary=Glossary(())).certainty
    assert "fairly confident" in told
    assert "small" not in told


def test_research_the_authors_say_is_not_needed_is_not_told_as_needed() -> None:
    # The authors say no further trials are needed in sub-Saharan Africa, where their finding is, and more research
    # elsewhere. "The authors say more research is needed." alone told a reader the finding was still open.
    told = plain_entry("", a0.BED_NETS, glossary=Glossary(())).certainty
    assert told.endswith("The authors say more research is needed on some questions, but not on others.")


def test_a_warning_set_beside_the_findings_is_told_not_a_claim_of_no_more_side_effects() -> None:
    # "These findings should be considered alongside concerns that have been raised about GHB regarding the risk of
    # developing addiction …" leans on "These findings", so it was left out, and "no evidence of a difference in side
    # effects" was told in its place: a reader took GHB for safe (rated misleading).
    entry = plain_entry("", r46.GHB_ALCOHOL, glossary=Glossary(()))
    assert "Concerns have been raised about GHB, including the risk of developing addiction" in entry.found
    assert "side effects" not in entry.found
    assert "not enough to be sure" in entry.certainty


def test_what_one_study_of_two_compared_is_not_what_the_review_was_about() -> None:
    # "The RCT compared internet health information classes with patient education classes for participants with HIV
    # infection"; the other study was of healthy adults over 50 against no classes. Told as what the review was
    # about, a reader thought it was a review of people with HIV (rated misleading).
    studied = plain_entry("", r45.ONLINE_HEALTH_LITERACY, glossary=Glossary(())).studied
    assert "HIV" not in studied
    assert "It was about interventions for online health literacy." in studied


def test_research_said_not_to_be_warranted_is_never_told_as_needed() -> None:
    # The closing words of a PubMed abstract (hoc, pmid 20854069): the authors rule further research out.
    abstract = ("We studied three markers in 300 men with prostate cancer. Rb overexpression did not show any "
                "significant association with survival. Rb and p21 show no independent association with outcome and "
                "therefore further research is not warranted.")
    assert "more research is needed" not in plain_entry("", abstract, glossary=Glossary(())).certainty


def test_a_second_turn_after_a_but_is_told_as_even_so() -> None:
    # "…, but the effects are not significant when … excluded. Nevertheless, further large and well-designed trials are
    # justified." read "But … But further trials are justified": the second turn is against the first, not the claim.
    told = plain_entry("", more.LITHIUM, glossary=Glossary(())).found
    assert ". But " in told
    assert "But further" not in told
    assert "Even so, further large and well-designed trials are justified." in told


def test_a_slip_in_the_source_is_not_told_as_written() -> None:
    told = plain_entry("", r46.BENZODIAZEPINES_DELIRIUM, glossary=Glossary(())).found
    assert "There is not enough evidence to find out whether benzodiazepines are effective" in told


def test_a_clause_whose_verb_comes_before_its_that_may_stand_alone() -> None:
    # "…, but there was no evidence that these interventions were better …" was held to be "six where they had not"
    # (its only verb inside a relative clause), so a 46-word verdict stayed one sentence (CD007078).
    from broker.plain.clauses import split_clauses

    assert split_clauses("Internet-based interventions are moderately more effective than non-active controls at six "
                         "months or longer, but there was no evidence that these interventions were better than other "
                         "active smoking treatments.") == [
        "Internet-based interventions are moderately more effective than non-active controls at six months or longer.",
        "But there was no evidence that these interventions were better than other active smoking treatments."]
    assert split_clauses("Two studies included people with dementia, six where they had not been diagnosed.") == [
        "Two studies included people with dementia, six where they had not been diagnosed."]


def test_a_turn_is_cut_off_even_when_an_and_stands_inside_it() -> None:
    # CD007752: "…for the outcome of pre-eclampsia, but a fall in preterm birth and a trend towards reduced
    # miscarriage with levothyroxine was shown." The "and" inside the "but" clause kept the 44 words whole.
    from broker.plain.clauses import split_clauses

    told = split_clauses("This review found no difference between levothyroxine therapy and a control for the outcome "
                         "of pre-eclampsia, but a fall in preterm birth and a trend towards reduced miscarriage with "
                         "levothyroxine was shown.")
    assert told == ["This review found no difference between levothyroxine therapy and a control for the outcome of "
                    "pre-eclampsia.", "But a fall in preterm birth and a trend towards reduced miscarriage with "
                    "levothyroxine was shown."]


def test_what_a_hedged_claim_goes_on_to_suggest_keeps_its_hedge() -> None:
    # "Our results suggest that A, but B": B is suggested too. Cut off, it would read as a finding.
    from broker.plain.clauses import split_clauses

    sentence = ("Our results suggest that contact inhibition is kept up by CEACAM1-4L, but disturbances of its "
                "signalling lead to undifferentiated cell growth and malignant transformation.")
    assert split_clauses(sentence) == [sentence]
    assert len(split_clauses("The evidence suggests that the stockings help, but there was no evidence that the "
                             "stockings were better than other active treatments.")) == 2


def test_a_but_because_clause_with_its_own_main_clause_may_stand_alone() -> None:
    # CD012410: "…, but because the quality of the evidence is very low, we are very uncertain about these findings."
    from broker.plain.clauses import split_clauses

    assert split_clauses("The results suggest a possible helpful effect of the medicine on death rate, but because the "
                         "quality of the evidence is very low, we are very uncertain about these findings.") == [
        "The results suggest a possible helpful effect of the medicine on death rate.",
        "But because the quality of the evidence is very low, we are very uncertain about these findings."]
    # Not "…, and because the number of participants were small": no main clause follows, so no sentence.
    kept = "The trials were short, and because the number of participants were small the results are unclear."
    assert split_clauses(kept) == [kept]


def test_an_although_clause_with_a_verb_of_its_own_stands_alone() -> None:
    # CD002201, CD008366: "…, although evidence is not enough to …", "…, although some studies … observed more
    # people walking": "evidence" opens a clause, and "observed" is a verb.
    from broker.plain.clauses import split_clauses

    assert split_clauses("Regular omega-3 supplements may provide some benefits with relatively few side effects, "
                         "although evidence is not enough to draw firm conclusions.") == [
        "Regular omega-3 supplements may provide some benefits with relatively few side effects.",
        "But evidence is not enough to draw firm conclusions."]
    walking = ("The evidence does not support the idea that the interventions increased physical activity, although "
               "some studies with environmental components observed more walking.")
    assert len(split_clauses(walking)) == 2
