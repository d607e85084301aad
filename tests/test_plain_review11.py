"""Plain-language entries: failures the 11th to 13th blind lay reviews found, each on an abstract that showed it."""

from __future__ import annotations

import re

from broker.plain import Glossary, plain_entry
from broker.plain.acronyms import acronyms
from broker.plain.clauses import split_clauses
from broker.plain.kinds import CLAIM
from broker.plain.reading import read

from . import abstracts_review11


def _found(abstract: str) -> str:
    return plain_entry("", abstract, glossary=Glossary(())).found


def test_a_comparison_in_brackets_is_not_taken_as_what_an_abbreviation_stands_for() -> None:
    # CD003416: "No studies compared repeated single versus repeated multiple embryo transfer (SET)." SET is not
    # "single versus repeated multiple embryo transfer"; spelling it out so told readers that a comparison was made
    # that the review says no study made.
    assert "SET" not in acronyms(abstracts_review11.SINGLE_EMBRYO_TRANSFER)
    assert "repeated single with repeated multiple" not in _found(abstracts_review11.SINGLE_EMBRYO_TRANSFER)
    # A true long form with "or" in it still counts.
    assert acronyms("babies with absent or reversed end-diastolic flow velocity (AREDFV) were")["AREDFV"] == (
        "absent or reversed end-diastolic flow velocity")


def test_a_test_found_helpful_is_the_verdict_and_its_however_goes_with_it() -> None:
    # CD012669: "positive POCS findings are helpful for guiding treatment decisions. However, … a negative POCS exam
    # does not rule out injuries and must be verified …" is the verdict; told only "POCS may have a higher
    # sensitivity in chest injuries", a reader would trust a clear scan.
    found = _found(abstracts_review11.POINT_OF_CARE_SCAN)
    assert found.startswith("In patients with suspected blunt thoracoabdominal trauma, positive POCS findings are "
                            "helpful")
    assert "a negative POCS exam does not rule out injuries" in found


def test_a_count_included_for_one_part_of_the_review_is_not_its_total() -> None:
    # CD001990: "Two studies … were included for first-line chemotherapy" and later "Three studies … were included
    # for second-line chemotherapy". "This review looked at two studies" and "Only two studies were found" told
    # readers the three second-line trials did not exist.
    entry = plain_entry("", abstracts_review11.LUNG_CANCER_CHEMOTHERAPY, glossary=Glossary(()))
    assert "two studies" not in entry.studied.lower()
    assert "only two studies" not in entry.certainty.lower()
    # A count included for the review itself is still its total.
    assert "12 studies" in plain_entry("", "12 studies were included for the review. Exercise reduced pain.",
                                       glossary=Glossary(())).studied


def test_an_it_after_at_present_points_at_nothing_before_it() -> None:
    # CD004700: "At present, it is uncertain whether the timing of chest radiotherapy as such is important for
    # survival." is the authors' verdict; read as leaning on the sentence before ("it"), it was passed over for
    # side results on complications.
    found = _found(abstracts_review11.CHEST_RADIOTHERAPY_TIMING)
    assert found.startswith("At present, it is uncertain whether the timing of chest radiotherapy")
    # An "it" that does point back still leans.
    assert read("Exercise was tested. After that, it reduced pain.").sentences[1].leans


def test_anal_incontinence_is_not_explained_as_leaking_urine() -> None:
    # CD010826 (a scan before repairing a tear after birth) measured anal incontinence; "Incontinence means leaking
    # urine or from the bowel" told a reviewer that urine leaks were reduced too.
    found = _found(abstracts_review11.SCAN_BEFORE_PERINEAL_REPAIR)
    assert "Anal incontinence means not being able to control the bowel or wind." in found
    assert "urine" not in found


def test_low_methodologic_quality_without_al_is_a_weakness_of_the_studies() -> None:
    # CD001983 (calcitonin): "(which were of low methodologic quality)". Missed, How sure said only that it
    # "could not put what it says in plain words".
    source = ("Nine trials met the inclusion criteria. Trials of patients who had been taking steroids for greater "
              "than three months (which were of low methodologic quality) demonstrated a larger effect of calcitonin "
              "on spine bone density than prevention trials. Calcitonin appears to preserve bone mass in the first "
              "year of glucocorticoid therapy at the lumbar spine compared to placebo.")
    assert "weaknesses in how they were done" in plain_entry("", source, glossary=Glossary(())).certainty


def test_benefits_that_outweigh_the_risks_are_the_verdict() -> None:
    # CD008983 (flu vaccine for adults with cancer), rated "partly" in two reviews: the entry led with "Observational
    # data suggest lower mortality …" and left out the authors' "the benefits overweigh the potential risks when
    # vaccinating adults with cancer against influenza" (and with it, who the review was about).
    found = _found(abstracts_review11.FLU_VACCINE_CANCER)
    assert found.startswith("It seems that the evidence, although weak, shows that the benefits outweigh the "
                            "potential risks when vaccinating adults with cancer")
    # "placebo or no-treatment controlled trials": placebo describes the trials; "a dummy treatment" there is
    # not English, so the word stays and is explained.
    assert "extra placebo or no-treatment controlled" in found and "Placebo means a dummy treatment." in found


def test_a_line_about_the_higher_dose_cannot_lead_without_the_doses() -> None:
    # CD004771 (parecoxib after surgery): "Duration of analgesia was longer, and significantly fewer participants
    # required rescue medication over 24 hours with the higher dose." led alone: higher than what, of which drug?
    # The sentence before it names the drug and its doses and is the authors' verdict.
    found = _found(abstracts_review11.PARECOXIB)
    assert found.startswith("A single dose of parecoxib 20 mg or 40 mg provided effective pain relief")
    assert found.index("parecoxib 20 mg") < found.index("the higher dose")


def test_a_hedged_claim_that_turns_from_a_limitation_stands_without_its_however() -> None:
    # CD008179 (supporting carers of stroke survivors): "One limitation across all studies was …. However,
    # 'vocational educational' type interventions … appear to be the most promising intervention. However, this is
    # based on the results from one, small, single-centre study." The entry said it found no main finding.
    found = _found(abstracts_review11.STROKE_CARERS_TRAINING)
    assert found.startswith("'Vocational educational' type interventions delivered to carers")
    assert "But this is based on the results from one, small study at one centre." in found


def test_results_the_authors_say_may_be_overestimated_are_said_to_look_better_than_they_are() -> None:
    # CD008803 (imaging tests for glaucoma): "Accuracy may have been overestimated due to the case-control design,
    # which is a serious limitation of the current evidence base." How sure said only that more research is needed.
    source = ("We included 106 studies with 16,260 eyes. The accuracy of imaging tests for detecting manifest glaucoma "
              "was variable across studies, but overall similar for different devices. Accuracy may have been "
              "overestimated due to the case-control design, which is a serious limitation of the current evidence "
              "base. We recommend that further diagnostic accuracy studies are carried out.")
    assert "may look better than they really are" in plain_entry("", source, glossary=Glossary(())).certainty
    # Not where the authors say the error could go either way.
    either = source.replace("Accuracy may have been overestimated due to the case-control design",
                            "Their results might overestimate or underestimate the true accuracy")
    assert "look better" not in plain_entry("", either, glossary=Glossary(())).certainty


def test_the_authors_conclude_after_saying_how_they_judged_the_studies_quality() -> None:
    # CD008996 (eplerenone for high blood pressure): "Most of the included studies were of moderate quality, as we
    # judged multiple domains as being at unclear risk …" closes the results; the verdict after it, "Eplerenone 50 to
    # 200 mg/day lowers blood pressure … compared to placebo", was passed over for lines on doses, so a reviewer
    # read the entry as saying eplerenone does not lower blood pressure.
    found = _found(abstracts_review11.EPLERENONE)
    assert found.startswith("Eplerenone 50 to 200 mg/day lowers blood pressure")


def test_a_noun_after_and_with_a_comma_before_the_verb_is_not_cut_off_as_a_sentence() -> None:
    # CD002007: "… comparing a single anti-pseudomonal agent to a combination of the same antibiotic and one other,
    # were included." was cut into "… of the same antibiotic." and "One other, were included."
    sentence = ("We identified 45 trials, of which eight trials comparing a single anti-pseudomonal agent to a "
                "combination of the same antibiotic and one other, were included.")
    assert split_clauses(sentence) == [sentence]


def test_what_was_studied_does_not_open_with_any_of_the() -> None:
    # CD004194 (fainting): "It was about any of the drug or pacemaker treatments." points back at treatments never
    # introduced (coherent=no in the fourteenth review).
    studied = plain_entry("", abstracts_review11.FAINTING, glossary=Glossary(())).studied
    assert "any of the" not in studied and "drug or pacemaker treatments" in studied


def test_a_subject_is_not_cut_at_a_noun_that_could_be_a_verb() -> None:
    # CD007078 and CD002294: "… with or without additional behavioural support are …" was cut at "support", read as
    # a verb: "Some of the studies looked at … with and without extra behavioural compared with non-active controls",
    # "It was about smoking interventions before surgery providing behavioural." (coherent=no in two reviews).
    # Where the subject ends is then unknown, so less is said.
    for source in (abstracts_review11.INTERNET_QUIT_SMOKING, abstracts_review11.SMOKING_BEFORE_SURGERY):
        studied = plain_entry("", source, glossary=Glossary(())).studied
        assert not re.search(r"\bbehavioural(?! support)\b", studied), studied
    # "Treatment effectiveness in younger people is unknown" names no treatment, and "Results for trials in adults:"
    # is a heading run into its sentence.
    studied = plain_entry("", abstracts_review11.INTERNET_QUIT_SMOKING, glossary=Glossary(())).studied
    assert "younger people" not in studied and "Results for" not in studied


def test_a_subgroup_never_leads_over_the_verdict_and_in_this_regard_leans() -> None:
    # CD008095 (lying face down on a breathing machine), misleading in the fifteenth review: "Three subgroups …
    # suggested that prone positioning may confer a statistically significant mortality advantage" led, over "We
    # found no convincing evidence of benefit nor harm from universal application of PP …"; and "Meta-analysis of
    # individual patient data could be useful for further data exploration in this regard" followed it, leaning on
    # the subgroups.
    found = _found(abstracts_review11.PRONE_POSITIONING)
    assert found.startswith("The authors found no convincing evidence of benefit nor harm")
    assert "subgroups" not in found and "in this regard" not in found
    assert not read("Complications such as tracheal obstruction are increased with use of prone ventilation."
                    ).sentences[0].leans


def test_should_also_be_explored_is_a_wish_and_recommendations_regarding_is_not_the_subject() -> None:
    # CD009886 (hepatitis B vaccine in people with HIV): "Different treatment plans and routes of administration
    # should also be explored." was told as a finding, leaning on a call for research never made (coherent=no in the
    # fifteenth review); and what was studied said "It was about advice about using hepatitis B vaccine".
    entry = plain_entry("", abstracts_review11.HEPATITIS_B_VACCINE_HIV, glossary=Glossary(()))
    assert "should also be explored" not in entry.found
    assert "It was about hepatitis B vaccine" in entry.studied


def test_resulted_in_a_greater_risk_is_a_claim_the_authors_conclude_on() -> None:
    # CD000456 (ventilation for babies), misleading in two reviews: "Triggered ventilation in the form of SIMV ± PS
    # resulted in a greater risk of BPD and duration of ventilation compared to HFO." is the harm the authors
    # conclude on beside their benefits; not read as a claim at all, it could never be told.
    assert CLAIM.search("triggered ventilation in the form of simv resulted in a greater risk of bpd compared to hfo.")
    # With SIMV, PS and HFO explained (ways a breathing machine works, beside "ventilation"), it is told.
    found = _found(abstracts_review11.BABY_VENTILATION)
    assert "resulted in a greater risk of BPD" in found
    assert "SIMV means" in found or "SIMV means" in plain_entry("", abstracts_review11.BABY_VENTILATION,
                                                                   glossary=Glossary(())).studied


def test_a_time_said_in_everyday_words_goes_after_its_noun() -> None:
    # "antenatal contraceptive counselling" is "contraceptive counselling before birth", not "before birth
    # contraceptive counselling"; "postpartum haemorrhage" is "heavy bleeding after giving birth", not "after
    # giving birth bleeding"; "perioperative death" is "death around the time of surgery".
    from broker.plain.clearer import clearer
    assert clearer("Community-based interventions and before birth contraceptive counselling improved uptake.",
                   "antenatal contraceptive counselling") == (
        "Community-based interventions and contraceptive counselling before birth improved uptake.")
    assert "heavy bleeding after giving birth" in _found(
        "We included 12 trials. Oxytocin reduced postpartum haemorrhage compared with placebo. Oxytocin is "
        "effective in preventing postpartum haemorrhage.")
    assert clearer("X does not prevent around the time of surgery death or heart attack.", "perioperative death") == (
        "X does not prevent death around the time of surgery or heart attack.")


def test_over_and_above_ends_a_subject_and_what_it_was_for_is_not_said_twice() -> None:
    # CD008721: "… anti-VEGF agents when used to treat PDR over and above current standard treatments" gave "It was
    # about anti-VEGF medicines to treat PDR over in people with PDR."
    studied = plain_entry("", abstracts_review11.ANTI_VEGF_PDR, glossary=Glossary(())).studied
    assert "It was about anti-VEGF medicines to treat PDR." in studied


def test_because_alone_is_not_cut_off_as_a_sentence() -> None:
    # CD007399: "The review was limited because no two included studies employed the same comparator interventions,
    # and because the number of participants in eight of the included studies were small" gave the fragment
    # "Because the number of people in eight of the included studies were small."
    sentence = ("The review was limited because no two included studies employed the same comparator interventions, "
                "and because the number of participants in eight of the included studies were small.")
    assert not any(p.startswith("Because") for p in split_clauses(sentence))


def test_who_never_ends_on_a_describing_word_and_compared_with_is_said_once() -> None:
    # CD012085: "… in patients with acute and subacute low back pain" cut at "and" gave "in patients with acute.";
    # CD006266 gave "GHB compared with a dummy treatment compared with other drugs".
    from broker.plain.people import who
    assert who("Motor control exercise showed no benefit among patients with acute and subacute low back pain.") == ""
    assert who("Exercise helped in patients with chronic hepatitis C.") == "patients with chronic hepatitis C"


def test_cannot_be_recommended_on_what_the_review_is_about_is_the_verdict() -> None:
    # CD001453 (furosemide for babies' lung disease), misleading in the sixteenth review: "Long-term use of furosemide
    # improves both oxygen levels …" was told without the authors' bottom line, "routine or sustained use of systemic
    # loop diuretics in infants with … CLD cannot be recommended based on current evidence".
    found = _found(abstracts_review11.FUROSEMIDE_PRETERM)
    assert found.startswith("In view of the lack of results from trials")
    assert "cannot be recommended" in found


def test_a_claim_whose_subject_names_no_treatment_is_not_told_away_from_its_sentence() -> None:
    # CD010666 (supplements for children with HIV), misleading in the sixteenth review: "Short-term supplementation
    # until hospital discharge significantly reduced the duration of all hospital admissions …" (multiple
    # micronutrients, named the sentence before) was told after "Vitamin A supplementation is beneficial …", so it
    # read as a result of vitamin A.
    found = _found(abstracts_review11.MICRONUTRIENTS_HIV)
    assert found.startswith("Extra vitamin A is helpful and safe in children with HIV infection.")
    assert "Short-term supplementation" not in found


def test_what_individual_studies_indicate_gives_way_to_the_authors_verdict() -> None:
    # CD004248 (exercise for adults with HIV), "partly" in the sixteenth review: "Individual studies indicate that
    # … appears to be safe …" led, and the verdict "… appear to be safe and may be beneficial for adults living with
    # HIV/AIDS" was left out.
    found = _found(abstracts_review11.EXERCISE_HIV)
    assert "appear to be safe and may be helpful for adults living with HIV/AIDS" in found
    assert not found.startswith("Individual studies")


def test_studies_too_short_to_tell_are_said_to_be_short() -> None:
    # CD004257 (painkillers for arthritis), sixteenth review: "the median trial duration was only six weeks" and How
    # sure said "The source does not say how strong the evidence is."
    source = ("We included 15 RCTs. NSAIDs reduced pain more than acetaminophen. The evidence to date suggests that "
              "NSAIDs are superior to acetaminophen for improving knee and hip pain in people with OA. The size of the "
              "treatment effect was modest, and the median trial duration was only six weeks.")
    assert "The studies were short." in plain_entry("", source, glossary=Glossary(())).certainty
    # Not where only some studies were short.
    some = source.replace("the median trial duration was only six weeks", "three had a short follow-up")
    assert "short" not in plain_entry("", some, glossary=Glossary(())).certainty


def test_words_the_sixteenth_review_stopped_at_are_explained_or_swapped() -> None:
    from broker.plain.clearer import clearer
    from broker.plain.jargon import explain
    assert "Cervix means the neck of the womb." in explain(["The device was placed in the cervix."], "cervix")[0]
    assert "Complete response means the cancer no longer being found after treatment." in explain(
        ["Platinum increased complete response rates."], "complete response")[0]
    assert clearer("One randomised clinical trial was sub-optimal.", "") == "One trial was less than ideal."


def test_an_outcome_that_opens_with_more_or_fewer_is_not_what_was_studied() -> None:
    # CD004909 (counting the baby's movements), incoherent in two reviews: "It was about more babies at risk of
    # death." took the subject from "… suggested that more babies at risk of death were identified …".
    from broker.plain.topic_usable import NOT_A_TREATMENT
    assert NOT_A_TREATMENT.search("more babies at risk of death")
    assert not NOT_A_TREATMENT.search("a lower daily dose of aspirin")


def test_what_a_treatment_was_for_stops_before_by_and_nor() -> None:
    # Read beside their abstracts at the end of the session: "progesterone for premenstrual syndrome nor" (CD003415,
    # "… an effective treatment for PMS nor that it is not") and "… for nephrotic syndrome by increasing plasma
    # albumin" (CD006335: how it may help is a finding, not what it was for).
    from broker.plain.purpose import purpose
    assert purpose("The trials did not show that progesterone is an effective treatment for PMS nor that it is not.",
                   str).endswith("for PMS")
    assert purpose("Huangqi may have some positive effects in treating nephrotic syndrome by increasing plasma "
                   "albumin.", str).endswith("nephrotic syndrome")
