"""Plain-language entries: failures the 17th to 21st blind lay reviews found, each on an abstract that showed it."""

from __future__ import annotations

from broker.plain import Glossary, plain_entry
from broker.plain.acronyms import acronyms
from broker.plain.reading import read

from . import (
    abstracts_review5,
    abstracts_review6,
    abstracts_review7,
    abstracts_review9,
    abstracts_review20,
    abstracts_review21,
)


def _found(abstract: str) -> str:
    return plain_entry("", abstract, glossary=Glossary(())).found


def test_a_graded_conclusion_naming_a_dose_starts_the_conclusions() -> None:
    # CD010968: "Annual intravenous cycles of alemtuzumab at a dose of 12 mg per day probably reduces … relapse" is the
    # authors' verdict; its doses and years read as results' figures, so only the closing "requires careful
    # monitoring" was told and two reviewers found the main finding missing.
    abstract = read(abstracts_review21.ALEMTUZUMAB)
    assert abstract.conclusions[0] == 14
    found = _found(abstracts_review21.ALEMTUZUMAB)
    assert found.startswith("Annual intravenous cycles of alemtuzumab at a dose of 12 mg per day probably reduces")
    assert "careful monitoring" not in found.split(".")[0]


def test_a_result_sentence_with_figures_still_counts_against_the_conclusions() -> None:
    # The dose rule must not pull a result with an estimate into the conclusions.
    abstract = read(abstracts_review21.ALEMTUZUMAB)
    assert 13 not in abstract.conclusions


def test_a_measure_that_names_nothing_leans_on_the_sentence_before() -> None:
    # CD010289: "For ibuprofen 400 mg alone the proportion was 50%, …" says nothing of what the proportion is of.
    abstract = read(abstracts_review20.IBUPROFEN_OXYCODONE)
    leaning = [s for s in abstract.sentences if s.text.startswith("For ibuprofen 400 mg alone the proportion was")]
    assert leaning and leaning[0].leans
    found = _found(abstracts_review20.IBUPROFEN_OXYCODONE)
    assert found.startswith("The combination of ibuprofen 400mg + oxycodone 5mg provided pain relief for longer")
    assert "the proportion was" not in found


def test_a_harm_the_authors_also_conclude_on_is_told_without_its_rating() -> None:
    # CD003633: "There is also moderate certainty in the evidence that people treated with BtA are at an increased risk
    # of developing adverse events, most notably dysphagia and diffuse weakness." Its "also" kept it out, so readers
    # were told only "it is well tolerated" (misleading in one review, the main finding partly told in another).
    found = _found(abstracts_review21.BOTULINUM_DYSTONIA)
    assert "People treated with BtA are at an increased risk of developing side effects" in found
    assert found.index("well tolerated") < found.index("increased risk")
    # "… evidence that X reduces A, and that it is well tolerated" reads on without the opener's "that".
    assert "and it is well tolerated" in found
    assert "There is also" not in found


def test_no_evidence_for_an_unreported_outcome_is_not_told_as_a_verdict() -> None:
    # CD001802: "We found no evidence for prescription of antibiotics" means no trial reported it; told beside the
    # verdict on tonsillectomy, a reviewer read it as advice against antibiotics (misleading in two reviews).
    found = _found(abstracts_review21.TONSILLECTOMY)
    assert found.startswith("Adeno-/tonsillectomy leads to a fall in the number of episodes of sore throat")
    assert "prescription of antibiotics" not in found


def test_a_doubt_about_what_a_finding_means_goes_with_the_finding() -> None:
    # CD001912: "… leads to fewer children having isolates of Staphylococcus aureus …" then "The clinical importance of
    # this finding is uncertain." Told alone, a reviewer read the first as a clear health benefit.
    found = _found(abstracts_review21.ANTISTAPH_PROPHYLAXIS)
    assert "fewer children having isolates of Staphylococcus aureus" in found
    assert "The clinical importance of this finding is uncertain." in found
    assert found.index("fewer children") < found.index("clinical importance")


def test_studies_said_to_be_well_run_only_when_it_is_said_of_them_all() -> None:
    # CD004376: "Overall, 19 (20%) studies reported adequate …; we considered these studies to have an overall low risk
    # of bias." Only a fifth were; a reviewer found "The authors judged the studies to be well run" misleading.
    entry = plain_entry("", abstracts_review21.KNEE_EXERCISE, glossary=Glossary(()))
    assert "well run" not in entry.certainty
    assert entry.certainty.startswith("The evidence is fairly strong to strong.")


def test_a_verdict_at_these_doses_means_the_doses_used_and_leads() -> None:
    # CD004659: "Overall, antiplatelet agents improved outcomes, and at these doses appear to be safe." is the verdict;
    # "these doses" kept it out, so an overall count led and a reviewer found the main finding only partly told.
    found = _found(abstracts_review5.ASPIRIN_PREGNANCY)
    assert found.startswith("Antiplatelet medicines improved outcomes, and at the doses used appear to be safe.")
    assert "these doses" not in found
    # "… to 1000 women led to 20 fewer pregnancies with serious adverse outcomes" is a key result with its figures.
    assert "1000 women led to 20 fewer pregnancies" in found


def test_a_one_study_side_answer_never_leads_and_background_is_no_verdict() -> None:
    # CD009294: "A single dose immediately following surgery is ineffective based on one study" led, and "The aim of
    # intravesical therapy in NMIBC is to prevent tumour recurrence …" ranked as a verdict; a reviewer found the BCG
    # comparisons (the rest of the authors' answer) missing and the entry misleading.
    entry = plain_entry("", abstracts_review9.GEMCITABINE_INTRAVESICAL, glossary=Glossary(()))
    assert entry.found.startswith("Compared to intravesical BCG therapy, gemcitabine had similar effects in "
                                  "intermediate risk patients")
    assert "Gemcitabine may be more active than mitomycin C" in entry.found
    assert "based on one study" not in entry.found
    assert "The aim of" not in entry.found
    # The people of one comparison of several are not who the review was about.
    assert "in intermediate risk patients" not in entry.studied


def test_there_is_uncertainty_as_to_which_is_a_verdict() -> None:
    # CD007284: "Based on the trials identified in this review, there is uncertainty as to which type of IOL provides
    # the best visual and clinical outcomes in people with uveitis undergoing cataract surgery" is the authors' answer;
    # it was not read as a claim, so a list of the studies' limits led ("What was found lists study limitations only").
    found = _found(abstracts_review21.UVEITIS_LENSES)
    assert found.startswith("Based on the trials found in this review, there is uncertainty as to which type of IOL")


def test_small_studies_said_of_part_of_a_review_are_some_of_them() -> None:
    # CD011975: "The addition of further markers (triple tests) has not been shown to be statistically superior; the
    # studies included are small …": a reviewer found "The studies were small" misleading, as the review's studies
    # were generally of good quality and only the triple-test ones small.
    certainty = plain_entry("", abstracts_review7.DOWNS_SERUM_TESTS, glossary=Glossary(())).certainty
    assert "Some of the studies were small." in certainty
    assert "The studies were small." not in certainty
    # CD004993: "… although trials comparing the laparoscopic route were underpowered".
    certainty = plain_entry("", abstracts_review21.SUBTOTAL_HYSTERECTOMY, glossary=Glossary(())).certainty
    assert certainty == "Some of the studies were small."
    # Said of them all, it stays whole.
    certainty = plain_entry("", "We included six trials with 412 people. Drug X reduced pain compared with placebo "
                            "(RR 0.5, 95% CI 0.3 to 0.8). The trials were small. Drug X may reduce pain, but more "
                            "research is needed.", glossary=Glossary(())).certainty
    assert "The studies were small." in certainty


def test_their_results_are_inconclusive_is_the_verdict_on_the_trials_just_named() -> None:
    # CD008523: "Existing data is derived from small trials at high risk of bias … Their results are inconclusive." is
    # the authors' verdict; its "Their" kept it out, so two reviewers found the inconclusive answer missing.
    found = _found(abstracts_review21.PACING_HCM)
    assert found.startswith("The trials' results are")
    assert "Their" not in found


def test_the_authors_own_words_on_how_strong_their_evidence_is_are_told() -> None:
    # CD006356: "Even in the most conservative estimate, the evidence that glucocorticoids … can substantially reduce
    # the rate of erosion progression … is convincing." The entry said the source does not say how strong it is.
    certainty = plain_entry("", abstracts_review21.GLUCOCORTICOIDS_RA, glossary=Glossary(())).certainty
    assert certainty.startswith("The authors say the evidence is strong.")
    # CD009594: "The significance of these findings is limited due to clinical heterogeneity between studies." Two
    # reviewers found sure-ness missing ("we could not put what it says in plain words").
    certainty = plain_entry("", abstracts_review21.APL_MAINTENANCE, glossary=Glossary(())).certainty
    assert "The studies differed a lot from each other." in certainty


def test_a_verdict_that_something_decreases_a_risk_is_a_claim() -> None:
    # CD003464: "Adding antiplatelet therapy … to oral anticoagulation decreases the risk of systemic embolism or death
    # among patients with prosthetic heart valves" is the authors' verdict; "decreases" was not read as a claim, so a
    # side line on aspirin doses led and the benefit was never told.
    found = _found(abstracts_review21.PROSTHETIC_VALVES)
    assert found.startswith("Adding antiplatelet therapy")
    assert "decreases the risk of systemic embolism or death" in found


def test_why_the_authors_trust_their_conclusions_is_not_told_as_a_finding() -> None:
    # CD003300: "The conclusions are supported by consistent findings, temporal relationship, and plausibility of the
    # association" is the language of method, not a finding a reader can use.
    found = _found(abstracts_review21.GRADUATED_LICENSING)
    assert found.startswith("GDL is effective in reducing crash rates among young drivers.")
    assert "plausibility" not in found


def test_a_sentence_the_source_ran_into_the_next_is_split_there() -> None:
    # CD010159: "… the use and choice of reference standard The value of routine testing … remains questionable …"
    # has no full stop; told whole, the entry read as one garbled sentence.
    found = _found(abstracts_review7.CALCITONIN_THYROID_NODULES)
    assert "choice of reference standard." in found
    assert "reference standard The value" not in found
    # A heading run into its sentence stays for the heading rule: it has no verb.
    texts = [s.text for s in read("We included five trials. Implications for research There is little evidence on "
                                  "dosing in preterm babies. Study characteristics The trials included 649 people.")
             .sentences]
    assert texts == ["We included five trials.", "There is little evidence on dosing in preterm babies.",
                     "The trials included 649 people."]


def test_an_abbreviation_is_defined_only_by_words_holding_its_letters_in_order() -> None:
    # CD003076: "… 1839 randomised participants with comparable treatment arms. … comparison of UFH in hospital versus
    # LMWH at home": "LMWH" was spelled out as "large number of participants randomised to the home", so the entry
    # said patients treated "with large number of people randomised to the home" did better (misleading).
    assert "LMWH" not in acronyms("a large number of participants randomised to the home (LMWH)")
    assert acronyms("low molecular weight heparin (LMWH)")["LMWH"] == "low molecular weight heparin"
    assert acronyms("non-steroidal anti-inflammatory drugs (NSAIDs)")["NSAID"] == "non-steroidal anti-inflammatory drug"
    entry = plain_entry("", abstracts_review21.HOME_TREATMENT_VTE, glossary=Glossary(()))
    assert "patients treated at home with LMWH are less likely" in entry.found
    assert "LMWH means low molecular weight heparin" in entry.found
    # "with comparable treatment arms" is how the trials were run, not who took part.
    assert entry.studied.startswith("This review looked at seven trials with 1839 people. It was about home treatment.")


def test_a_gloss_is_left_out_where_the_word_has_another_sense() -> None:
    # CD003353: "post-pyloric intubation" is passing a feeding tube, not "a breathing tube in the windpipe".
    found = _found(abstracts_review21.METOCLOPRAMIDE_TUBES)
    assert "post-pyloric intubation" in found
    assert "breathing tube" not in found


def test_how_sure_says_the_whole_spread_of_ratings_not_only_the_leads() -> None:
    # CD008320: the lead is rated "very low quality" (HIV-associated itching), but the review's other comparisons are
    # rated moderate or low; "The evidence is very weak" alone read as the whole review (misleading).
    certainty = plain_entry("", abstracts_review9.PRURITUS_TREATMENTS, glossary=Glossary(())).certainty
    assert certainty.startswith("The evidence is fairly strong for some results but very weak for others.")


def test_an_abbreviation_that_names_what_was_studied_is_explained() -> None:
    # CD004466: "no evidence of benefit from IS in reducing lung complications … in patients having CABG"; the
    # abstract never spells IS out, so a reviewer could not tell what was studied.
    found = _found(abstracts_review6.SPIROMETRY_CABG)
    assert "IS means incentive spirometry" in found


def test_a_harm_named_after_its_treatment_is_told_beside_the_verdict() -> None:
    # CD003464: "The risk of major bleeding is increased with antiplatelet therapy" is the harm of the treatment the
    # verdict praises; a reviewer found the entry misleading without it (the reader saw only the benefit).
    found = _found(abstracts_review21.PROSTHETIC_VALVES)
    assert "The risk of major bleeding is increased with antiplatelet therapy." in found
    assert found.index("decreases the risk") < found.index("major bleeding is increased")


def test_four_times_the_odds_is_not_told_as_four_times_the_chance() -> None:
    # CD004635: "increases the odds of clinical pregnancy by fourfold" was told as "increases the chance …", which a
    # reviewer found misleading: an odds ratio of four is not four times the chance.
    from broker.plain.clearer import clearer
    said = clearer("It increases the odds of clinical pregnancy by fourfold.", "")
    assert "odds of clinical pregnancy by fourfold" in said
    assert clearer("It reduced the odds of death.", "") == "It reduced the chance of death."


def test_lesions_and_lying_prone_are_explained() -> None:
    # Reviewers of seeds 2749 and 4409 marked entries unclear for a bare "lesions" (CD004415) and "prone" (CD008095).
    from broker.plain.jargon import explain
    said = " ".join(explain(["For individual lesions, photodynamic therapy appears more effective than cryotherapy."],
                            ""))
    assert "Lesions means areas of damaged or abnormal tissue." in said
    said = " ".join(explain(["We found no convincing evidence of benefit from universal application of prone "
                             "position."], ""))
    assert "Prone position means lying face down." in said
    # "prone to bias" is another sense, and is left alone.
    assert "face down" not in " ".join(explain(["These trials are prone to bias."], ""))
