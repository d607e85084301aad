"""Round forty-five: claims that blind lay readers took the wrong way, and main findings they missed.

Each abstract is real (val.jsonl, Cochrane); each test was seen to fail before its change.
"""

from __future__ import annotations

import pytest

from broker.plain import plain_entry
from broker.plain.found import _first_clause
from broker.plain.further import further_claims
from broker.plain.glossary import Glossary
from broker.plain.reading import read

from . import abstracts_review5 as r5
from . import abstracts_review7 as r7
from . import abstracts_review9 as r9
from . import abstracts_review11 as r11
from . import abstracts_review20 as r20
from . import abstracts_review29 as r29
from . import abstracts_review44 as r44
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
    assert told.startswith("There is weak evidence for live birth")
    assert "It is still unclear whether the day of transfer affects cumulative live birth" in told
    assert "although" not in told and "The evidence was of low quality" not in told


def test_the_authors_doubt_stands_in_for_our_own_words_saying_the_same() -> None:
    # "We cannot be sure of all of them. The authors say the evidence is not enough to be sure." says one thing
    # twice: the authors' word stays, and the entry keeps within its length.
    certainty = plain_entry("", r29.BLASTOCYST_TRANSFER, glossary=Glossary(())).certainty
    assert certainty.startswith("The evidence is fairly strong for some results but very weak for others. "
                                "The authors say the evidence is not enough to be sure.")
    assert "all of them" not in certainty


def studied(abstract: str) -> str:
    return plain_entry("", abstract, glossary=Glossary(())).studied


def test_the_people_counted_are_called_what_the_abstract_calls_every_one_of_them() -> None:
    # Readers: "never says who was treated (children and teenagers with long-term pain)". Every person the abstract
    # names is a child, so its "697 participants" are 697 children.
    assert studied(r29.REMOTE_THERAPY_PAIN).startswith("This review looked at 10 studies with 697 children.")


def test_people_of_two_kinds_or_a_subgroup_are_not_all_called_by_one() -> None:
    # Point-of-care scans: "In children, pooled sensitivity …" beside "an adult or mixed population": the 8635
    # people were not all children.
    assert "8635 people" in studied(r9.POINT_OF_CARE_SONOGRAPHY)


def test_a_word_that_says_who_the_people_were_stays_with_their_count() -> None:
    # "12 eligible trials enrolling a total of 746 preterm infants": the count was dropped, and with it who they were.
    assert studied(r45.SUCKING_PRETERM).startswith("This review looked at 12 trials with 746 preterm infants.")


def test_such_interventions_in_the_authors_verdict_are_the_interventions_studied() -> None:
    # "There is low quality evidence that such interventions may improve some outcomes relevant to online health
    # literacy": "such" pointed at nothing told, so only the verdict of too little evidence was said, and readers
    # missed the finding. The interventions it points at are those the review studied.
    told = found(r45.ONLINE_HEALTH_LITERACY)
    assert told.startswith("There is weak evidence that the interventions studied may improve some outcomes")
    assert "such interventions" not in told


def test_a_claim_too_long_to_tell_whole_is_told_to_its_semicolon_when_what_follows_is_a_detail() -> None:
    # CD003822 (main finding partly told in three reviews: "omits that their blood-pressure lowering is modest"):
    # "The BP lowering effect of ARBs is modest and similar to ACE inhibitors as a class; the magnitude of average
    # trough BP lowering … is -8/-5 mmHg" was too long beside the main conclusion, so none of it was told.
    told = found(r44.ARB_DOSES)
    assert "The BP lowering effect of ARBs is modest and similar to ACE inhibitors as a class." in told
    assert "stronger for the individual surgeon than for the hospital." in found(r45.VOLUME_OUTCOME)


@pytest.mark.parametrize("claim", [
    "Adding X to Y improves lung function in children with asthma and is well tolerated; however, the evidence for "
    "its long-term effects is weak.",
    "Adding X to Y improves lung function in children with asthma and is well tolerated; the effect on the number of "
    "hospital admissions was unclear.",
])
def test_a_clause_that_turns_or_doubts_is_never_cut_from_the_claim_before_it(claim: str) -> None:
    assert _first_clause(read(claim).sentences[0], set(), {}) is None


def test_a_claim_that_adds_to_the_one_before_it_follows_it() -> None:
    # CD007752 (main finding partly in two reviews: "leaves out the selenium comparison"): "This review also showed
    # no difference … when selenium was compared with placebo" leans on the verdict just before it, which is told.
    told = found(r7.LEVOTHYROXINE_PREGNANCY)
    assert "This review also showed no difference for pre-eclampsia or preterm birth when selenium was compared" in told
    assert "It may also be superior in reducing hospital admission" in found(r45.TEAM_MANAGEMENT)


def test_an_also_claim_is_not_told_without_the_claim_it_adds_to() -> None:
    # "Future studies in multiparous women may also be useful": a wish, whatever it follows.
    assert "Future studies" not in found(r11.SCAN_BEFORE_PERINEAL_REPAIR)
    lead = "Community mental health team management is not worse than non-team standard care in any important respects."
    also = "It may also be superior in reducing hospital admission and avoiding death by suicide."
    abstract = f"We included three trials with 587 people. {lead} Team care costs less. {also}"
    assert "It may also be superior" not in found(abstract)
    doc = read(abstract)
    assert all(also not in (s.text for s in group) for group in further_claims(doc, [doc.sentences[1]]))
    doc = read(f"We included three trials with 587 people. {lead} {also}")
    assert [[s.text for s in group] for group in further_claims(doc, [doc.sentences[1]])] == [[also]]


def test_a_verdict_that_goes_on_with_also_may_take_the_words_of_a_rated_claim() -> None:
    # CD010289 (main finding partly in two reviews: "leaves out the lower need for extra pain relief and the lack of
    # extra side effects"): 24 words, two more than a further claim may take.
    assert ("There was also a smaller chance of needing extra pain relief over about eight hours, and with no greater "
            "chance of experiencing a side effect.") in found(r20.IBUPROFEN_OXYCODONE)


def test_a_count_of_the_trials_of_one_comparison_is_not_the_review_s_total() -> None:
    # CD003385 ("says the review had five trials: there were 5, 5 and 7 across three comparisons"): "Five trials were
    # included in comparison one (…), five in comparison two … and seven in comparison three".
    told = studied(r9.PSYCHOTHERAPY_ANTIDEPRESSANTS)
    assert "five trials" not in told and told.startswith("This review looked at psychotherapy")


def test_what_the_limited_evidence_suggests_outranks_the_word_that_it_is_limited() -> None:
    # CD008115: told that oral steroids alone "appear to be ineffective" and that data on them beside antibiotics
    # "are limited", a reader thought steroids do not help (misleading); four of five trials found they may, modestly.
    told = found(r45.STEROIDS_SINUSITIS)
    assert told.startswith("Steroids taken by mouth as the only treatment appear to be ineffective")
    assert ("Limited evidence suggests that steroids taken by mouth in combination with antibiotics may be modestly "
            "helpful for short-term relief of symptoms") in told


def test_a_claim_is_told_with_the_while_clause_after_it_that_qualifies_it() -> None:
    # CD006722 (misleading, seed 1433: "drops the authors' caveat that the benefit may not matter much in practice"):
    # "Whilst this reduction is statistically significant, the clinical significance is less clear."
    entry = plain_entry("", r5.PSYCHOSTIMULANTS, glossary=Glossary(()))
    assert entry.found.startswith("There is some evidence that in the short-term, PS reduce symptoms of depression.")
    assert "While this reduction is clear, the importance for patients is less clear." in entry.found
    assert "importance for patients" not in entry.studied  # a qualifier names no subject


def test_one_comparison_of_a_listed_many_is_what_some_of_the_studies_looked_at() -> None:
    # CD004241 (misleading, seed 2417: "a reader would think all 12 trials support the finding, when only 3 compared
    # these drugs"): the abstract lists nine comparisons, one after another.
    assert studied(r45.FUNGAL_KERATITIS).startswith(
        "This review looked at 12 trials. Some of the studies looked at natamycin compared with voriconazole")


def test_a_treatment_is_not_said_to_be_given_alone_where_most_trials_added_it_to_another() -> None:
    # CD008115 (misleading, seed 2417: "only one did, four added them to antibiotics"): the verdict on steroids as a
    # monotherapy named the subject of the whole review.
    told = studied(r45.STEROIDS_SINUSITIS)
    assert "only treatment" not in told and "It was about steroids taken by mouth in adult patients" in told
