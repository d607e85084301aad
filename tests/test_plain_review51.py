"""Round fifty-one: who took part and what was studied, where the abstract says so in a way not read before.

Each abstract is real (val.jsonl, Cochrane) unless a test says otherwise; each test was seen to fail before its
change, or guards the refusal that goes with it.
"""

from __future__ import annotations

from broker.plain import plain_entry
from broker.plain.counts import included
from broker.plain.glossary import Glossary
from broker.plain.laboratory import in_laboratory, where_done
from broker.plain.phrase import head
from broker.plain.pointing import studied_named
from broker.plain.reading import read
from broker.plain.simplify import clean
from broker.plain.studytype import study_type
from broker.plain.text import sections
from broker.plain.topic_usable import usable
from broker.plain.voice import attributed

from . import abstracts, abstracts_review9
from . import abstracts_review51 as r51


def _count(text: str) -> str:
    found = included(read(text).sentences)
    return found.text if found else ""


def test_donors_and_caregivers_are_counted_as_the_people_who_took_part() -> None:
    # "Six trials (807 donors) were eligible": readers had only "This review looked at six trials." and marked it as
    # not saying in whom.
    studied = plain_entry("", r51.STEM_CELL_DONORS, glossary=Glossary(())).studied
    assert studied.startswith("This review looked at six trials with 807 donors.")
    caring = "Five trials (412 caregivers of people with dementia) were included."
    assert _count(caring) == "five trials with 412 caregivers"


def test_a_count_of_things_given_is_still_not_people() -> None:
    # Kidneys and doses are not who took part.
    assert _count("Six trials (807 kidneys) were included.") == "six trials"
    assert _count("We included four trials with 900 donor kidneys.") == "four trials"


def test_a_study_in_mice_says_so_in_its_type_and_in_how_sure_we_can_be() -> None:
    # Obese mice, with a closing line on "obese individuals": read without its setting, a reader takes it for people.
    entry = plain_entry("", r51.PITAVASTATIN_MICE, glossary=Glossary(()))
    assert entry.study_type.key == "laboratory"
    assert "not in people" in entry.study_type.label
    assert entry.certainty.startswith("This research was done in mice, not in people.")


def test_rats_randomised_into_groups_are_not_a_fair_test_in_people() -> None:
    # "randomized into four groups" made this rat study "A fair test of a treatment: people were put into groups by
    # chance". It names rats and mice (an earlier study), so it says no one animal.
    entry = plain_entry("", r51.CAFFEINE_RATS, glossary=Glossary(()))
    assert entry.study_type.key == "laboratory"
    assert entry.certainty.startswith("This research was done in a laboratory, on cells or animals, not in people.")


def test_where_laboratory_work_was_done_is_said_only_as_the_abstract_names_it() -> None:
    assert where_done("Cells were transfected with siRNA. Cell lines grew faster.") == (
        "This research was done on cells in a laboratory, not in people.")
    assert where_done("Rats were fed a diet of X. The rats gained weight. Cultured cells did too.") == (
        "This research was done on cells and in rats, not in people.")


def test_work_that_counts_people_or_their_tissue_is_not_called_a_laboratory_study() -> None:
    # Cell lines beside tumour tissue from 45 people: saying "not in people" would be wrong, so nothing is said.
    assert study_type("", r51.SATB1_TISSUE).key != "laboratory"
    trial = ("Earlier work in mice and rats suggested a benefit. We randomly assigned 240 patients to X or placebo. "
             "X reduced pain.")
    assert study_type("", trial).key == "randomised-trial"
    # A review of animal studies is still a review; one passing mention of mice makes nothing a laboratory study.
    review = ("We included 14 studies in rats and mice. Most studies were small. The review found that X reduced "
              "infarct size in rats and in mice.")
    assert study_type("", review).key == "systematic-review"
    assert not in_laboratory("A drug that worked in mice was given to older people with memory loss.")


def test_journal_headings_are_read_as_headings_not_told_as_words() -> None:
    # "METHODOLOGY/PRINCIPAL FINDINGS", "CONCLUSIONS/SIGNIFICANCE" (PLoS) and "EXPERIMENTAL DESIGN" were told to
    # readers as the first words of a part: "CONCLUSION/SIGNIFICANCE, targeting multiple …".
    roles = [role for role, _ in sections(r51.RADIATION_PLOS)]
    assert roles == ["background", "text", "conclusions"]
    for abstract in (r51.RADIATION_PLOS, r51.STI571_TO_STUDY):
        entry = plain_entry("", abstract, glossary=Glossary(()))
        for heading in ("METHODOLOGY", "FINDINGS", "SIGNIFICANCE", "EXPERIMENTAL DESIGN", "PURPOSE"):
            assert heading not in entry.summary
    assert plain_entry("", r51.RADIATION_PLOS, glossary=Glossary(())).found.startswith(
        "Irradiation of tumor cells can overcome Fas and TRAIL resistance")


def test_an_aim_stated_under_background_is_what_was_studied() -> None:
    # PLoS puts "The aim of this study is to …" last under BACKGROUND. Once that heading was read as one, the sentence
    # was weighed as background and lost to the conclusion's subject ("This research looked at irradiation of tumor
    # cells."); an aim said in so many words is weighed as an aim, as under "OBJECTIVE".
    studied = plain_entry("", r51.RADIATION_PLOS, glossary=Glossary(())).studied
    assert studied.startswith("The aim of this study is to study the synergistic effect of sub-lethal doses of "
                              "ionizing radiation")
    # What led to the study is still not what it set out to do.
    assert not studied.startswith("Death receptors")


def test_to_do_x_we_did_y_is_not_made_into_two_sentences_on_a_comma() -> None:
    # "To study the potential of STI571 …, we studied its effects …" is a whole sentence. Made "The aim was to study
    # the potential of STI571 …, we studied its effects …", it ran two sentences together on a comma.
    studied = plain_entry("", r51.STI571_TO_STUDY, glossary=Glossary(())).studied
    assert studied.startswith("To study the potential of STI571 as therapy for osteosarcoma, the authors studied its "
                              "effects")
    # An aim alone still gets its opening: "To assess whether …" is not a sentence.
    trial = ("OBJECTIVE To assess whether a daily walk reduces falls in older people. METHODS We randomly assigned 200 "
             "older people to a daily walk or usual care. RESULTS Falls were fewer with walking. CONCLUSIONS A daily "
             "walk may reduce falls in older people.")
    assert plain_entry("", trial, glossary=Glossary(())).studied == (
        "The aim was to assess whether a daily walk reduces falls in older people.")


def test_what_earlier_studies_showed_is_not_what_this_one_studied() -> None:
    # "Previous studies have shown that the novel microtubule poison, JG-03-14, … has the capacity to kill breast
    # tumor cells …" was told as "What was studied"; the study's own aim comes two sentences later.
    studied = plain_entry("", r51.JG0314_PREVIOUS, glossary=Glossary(())).studied
    assert studied.startswith("The current work was designed to find out whether autophagy was, in fact, the primary "
                              "mode of action")
    assert "Previous studies" not in studied


def test_a_gene_variant_named_with_digits_is_not_taken_for_a_statistic() -> None:
    # "I219V substitution is a polymorphism …" was told as "V substitution is …": "I219" read as the I² of a
    # meta-analysis and cut out. A statistic still goes.
    assert clean("I219V substitution is a polymorphism having no association with the disease .") == (
        "I219V substitution is a polymorphism having no association with the disease .")
    assert clean("Results were consistent (I2 = 0%) across trials.") == "Results were consistent across trials."
    assert "43" not in clean("Heterogeneity was moderate, I2 = 43%, across the trials.")
    assert clean("The MOR 5 group did well.") == "The MOR 5 group did well."


def test_a_cell_line_named_by_its_code_is_laboratory_work() -> None:
    # "MDA-MB-231 cells": the finding that "onion might be useful for preventing obesity-related" cancer came from
    # cells in a dish, which nothing in the entry said.
    entry = plain_entry("", r51.ONION_CELLS, glossary=Glossary(()))
    assert entry.study_type.key == "laboratory"
    assert entry.certainty.startswith("This research was done on cells in a laboratory, not in people.")
    # A code without a digit, or a word before "cells", names no cell line.
    assert not in_laboratory("T cells and B cells were counted in 40 blood samples. NK cells rose.")


def test_anti_gp_treatment_is_explained() -> None:
    # "the empirical routine addition of antiGP treatment, namely glycopeptides, does not improve …": the verdict's
    # own treatment was the one word left unexplained.
    found = plain_entry("", r51.ANTI_GP, glossary=Glossary(())).found
    assert "AntiGP means antibiotics that work against gram-positive bacteria." in found


def test_a_sources_we_is_told_as_the_authors() -> None:
    # A carers' charity's "We are calling on councils …" told as it stands reads as the digest's own call, beside the
    # digest's "We could not find a clear main finding …".
    assert attributed("We are calling on councils to publish what breaks there are. Carers want breaks.") == (
        "The authors are calling on councils to publish what breaks there are. Carers want breaks.")
    assert attributed("Most carers had no break. We recommend a national fund.") == (
        "Most carers had no break. The authors recommend a national fund.")
    # "we", "our" and "us" inside a sentence too, but not inside quotes (someone else's words), nor a word that
    # starts with "We", nor "US".
    assert attributed("Using GP records, we measured checks. Leaders told us so, in our survey.") == (
        "Using GP records, the authors measured checks. Leaders told the authors so, in the authors' survey.")
    assert attributed("Our results suggest X.") == "The authors' results suggest X."
    assert attributed("Carers said \u201cwe had no help\u201d. Wednesday clinics in the US helped.") == (
        "Carers said \u201cwe had no help\u201d. Wednesday clinics in the US helped.")
    # CD002057: "We found no evidence that inhaled steroids …" is the review authors' verdict, told as theirs.
    steroids = plain_entry("", abstracts.INHALED_STEROIDS, glossary=Glossary(())).found
    assert steroids.startswith("The authors found no evidence that inhaled steroids give net advantages")


def test_controls_are_said_as_the_comparison_group() -> None:
    # Readers of two reviews marked "… a higher rate of virologic failure in the 3NRTI group compared to controls" as
    # not clear, "controls" among the words never explained.
    found = plain_entry("", abstracts_review9.TRIPLE_NUCLEOSIDE_SWITCH, glossary=Glossary(())).found
    assert "in the 3NRTI group compared with the comparison group." in found
    assert "controls" not in found


# From the bundled demo feeds (examples/feeds/carers-charity-research.xml and carers-research.xml).
CARERS_LEAVE = (
    "Since April 2024, employees in Great Britain have had a right to up to one week of unpaid carer's leave a year "
    "and to request flexible working from their first day in a job. We surveyed 1,876 working carers to see what "
    "difference these rights have made. Only 38% of working carers knew about the right to carer's leave, and just "
    "12% had used it. Many said they could not afford to take unpaid time off. Flexible working requests were more "
    "common: 44% had made one, and 79% of requests were granted in full or in part. Carers in shift-based and "
    "lower-paid jobs were less likely to have their request accepted. We are calling for carer's leave to be paid and "
    "extended, and for employers to be supported to become carer-friendly."
)
MND_FAMILIES = (
    "Motor neurone disease (MND) progresses quickly, and partners and grown-up children often take on a great deal of "
    "practical help at home within months of diagnosis. We interviewed 29 people who look after a relative with MND, "
    "some of them twice, a year apart. People described a constant race to keep up with changing needs: learning to "
    "use feeding tubes and breathing machines, adapting the house, and coordinating visits from many different "
    "professionals. What helped most was a single named coordinator at the specialist centre who answered the phone, "
    "early and honest conversations about what lay ahead, and time away from the house to see friends. Several family "
    "members said they had been too busy to notice their own health until after their relative died. Bereavement "
    "support was patchy. We recommend that MND care networks check in regularly with the family members who provide "
    "day-to-day help, not only with the person who has MND."
)


def test_a_call_for_action_is_told_after_what_was_found_not_as_it() -> None:
    # A charity's report closes on what it wants done; told first under "What was found", "We are calling for
    # carer's leave to be paid" read as the finding (and, in the digest's voice, as the digest's own call).
    entry = plain_entry("", CARERS_LEAVE, glossary=Glossary(()))
    assert entry.found.startswith("Carers in shift-based and lower-paid jobs were less likely to have their request "
                                  "accepted. The authors are calling for carer's leave to be paid and extended")
    mnd = plain_entry("", MND_FAMILIES, glossary=Glossary(())).found
    assert mnd.startswith("Bereavement support was patchy. The authors recommend that Motor neurone disease care "
                          "networks check in regularly")


def test_what_a_study_set_out_to_see_is_no_result_and_points_at_nothing() -> None:
    # "We surveyed 1,876 working carers to see what difference these rights have made" was weighed as a result (its
    # "difference"), so the entry said "This research looked at carers in shift-based and lower-paid jobs", one group
    # from its findings. Told, its "these rights" would point at a sentence not told, so that clause goes.
    assert plain_entry("", CARERS_LEAVE, glossary=Glossary(())).studied == "The authors surveyed 1,876 working carers."
    # A clause that only says what was sought is kept whole.
    sought = ("The authors studied tumour growth in 40 mice and sought to understand the features of this type of "
              "tumour. Tumours grew more slowly with X. X may slow tumour growth.")
    assert "sought to understand the features of this type of tumour" in plain_entry(
        "", sought, glossary=Glossary(())).studied


# From the bundled demo feeds (examples/feeds/send-research-digest.xml).
PARENT_MEDIATED = (
    "Background: Programmes in which parents learn ways to support their young autistic child's communication and "
    "play are widely offered, but their benefits are debated. Methods: We searched seven databases to February 2026 "
    "for randomised and non-randomised controlled studies of parent-mediated interventions for autistic children aged "
    "under six. We included 38 studies with 7,843 children, 24 of them randomised trials. Results: Across randomised "
    "trials, parent-mediated interventions improved parent-child interaction (standardised mean difference 0.52, 95% "
    "CI 0.36 to 0.68) and children's social communication as rated by blinded assessors (SMD 0.21, 95% CI 0.08 to "
    "0.34). Effects on language and daily living skills were small and uncertain. Only 5 studies measured parent "
    "wellbeing. Few studies included families from minority ethnic groups or those on low incomes. Conclusions: These "
    "programmes can help parents and children communicate, but they are not a cure-all. Families should be offered "
    "them alongside other support, not instead of it."
)


def test_these_programmes_opening_the_conclusions_are_the_programmes_studied() -> None:
    # "These programmes can help …" leans, so it could not lead, and the entry told only "Families should be offered
    # them alongside other support": "them" pointing at nothing, the main finding lost.
    entry = plain_entry("", PARENT_MEDIATED, glossary=Glossary(()))
    assert entry.found.startswith("The programmes studied can help parents and children communicate, but they are "
                                  "not a cure-all.")
    assert "It was about interventions for autistic children aged under six." in entry.studied
    # Only where the conclusions open with it: "These results …" is not what was studied.
    assert studied_named("These results show a benefit.") == "These results show a benefit."


def test_a_clause_or_a_quantity_is_never_told_as_what_was_studied() -> None:
    # In the bundled demo: "This research looked at that services use everyday words.", then "This research looked at
    # very few.", and for guidance "This research looked at the guidance includes checklists and examples …".
    abstract = read("Very few had been offered a break by their council. We recommend that services use everyday "
                    "words when asking about family help.")
    for phrase in ("that services use everyday words", "very few", "Very few"):
        assert not usable(phrase, abstract, abstract.sentences[-1])
    assert head("The guidance includes checklists and examples from services.") == "The guidance"
    assert usable("everyday words", read("Everyday words help. Services use everyday words."),
                  read("Services use everyday words.").sentences[0])


# From the bundled demo feeds (examples/feeds/health-policy-preprints.rdf).
ICS_PREPRINT = (
    "Background: Integrated care systems (ICSs) became statutory in England in July 2022, with the aim of joining up "
    "health and care services and reducing avoidable hospital use. Methods: We compared trends in emergency "
    "admissions for conditions that could often be managed outside hospital across the 42 ICS areas, using earlier "
    "'early adopter' areas as a comparison in a staggered difference-in-differences design covering 2019 to 2025. "
    "Results: We found no overall change in avoidable emergency admissions associated with becoming a statutory ICS "
    "(change -0.8%, 95% CI -2.9% to 1.3%). In the six areas with the largest pooled budgets between the NHS and "
    "councils, admissions fell by 3.4% (95% CI 0.2% to 6.6%), but this finding should be treated with caution. "
    "Conclusions: The structural change alone did not reduce admissions. Deeper joint working may matter more than "
    "new organisations. This article is a preprint and has not been peer reviewed. It should not be used to guide "
    "clinical practice."
)


def test_a_short_the_phrase_named_only_in_the_conclusion_is_not_what_was_studied() -> None:
    # "This research looked at the structural change.": which change? Without it, the entry says what the item is,
    # by its title, a question that says what was studied.
    title = ("Did integrated care systems reduce emergency admissions? A difference-in-differences analysis of English "
             "areas, 2019 to 2025")
    studied = plain_entry(title, ICS_PREPRINT, glossary=Glossary(()), link="https://www.medrxiv.org/x").studied
    assert "the structural change" not in studied
    assert "Did integrated care systems reduce emergency admissions?" in studied


def test_all_the_studies_weak_is_not_softened_to_some() -> None:
    # CD000553: "All trials had problems of method." was told as "Some studies had weaknesses in how they were done."
    # and a reader noted the softening.
    assert "All the studies had weaknesses in how they were done." in plain_entry(
        "", r51.SHUNTS_ALL_TRIALS, glossary=Glossary(())).certainty
    # "All trials had a low risk of bias" is no weakness of them all.
    review = ("We included six trials with 400 people. All trials had a low risk of bias. Some trials were of low "
              "quality in their reporting. Aspirin may reduce pain.")
    assert "All the studies had weaknesses" not in plain_entry("", review, glossary=Glossary(())).certainty


def test_what_was_found_never_opens_with_an_also() -> None:
    # "Pitavastatin also caused a clear increase in …", told first: also than what? Nineteen PubMed entries opened so.
    found = plain_entry("", r51.PITAVASTATIN_MICE, glossary=Glossary(())).found
    assert found.startswith("Pitavastatin caused a clear increase")
    assert " also " not in found.split(".")[0]
