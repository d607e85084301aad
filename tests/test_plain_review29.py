"""Round twenty-nine: what the reviews of 2026-12-01 found bare or unclear.

Each test runs a real abstract (val.jsonl, Cochrane) whose entry the blind lay readers
marked as not saying what was studied, or as leaving a word a reader cannot follow.
"""

from __future__ import annotations

import pytest

from . import abstracts
from . import abstracts_review21 as r21
from . import abstracts_review29 as r29
from .test_plain import assert_plain, entry_for, unglossed


def test_the_subject_of_evidence_that_comes_after_long_words_on_the_outcomes_is_found() -> None:
    # CD002118.pub5: "There is low quality evidence for live birth and moderate quality evidence for clinical
    # pregnancy that fresh blastocyst stage transfer is associated with higher rates than fresh cleavage stage
    # transfer": the subject sits after 68 characters on the outcomes, and the entry said only "27 trials".
    entry = entry_for(r29.BLASTOCYST_TRANSFER)
    assert entry.studied.startswith("This review looked at 27 trials with 4031 couples or women. It was about fresh "
                                    "blastocyst stage transfer compared with fresh cleavage stage transfer.")
    assert entry.found.count("Blastocyst means") == 0  # explained once, where it is first said
    assert_plain(unglossed(entry.summary), r29.BLASTOCYST_TRANSFER)  # the words explained are the only extra


def test_people_named_where_the_authors_ask_for_more_research_on_the_same_subject_are_who_it_was_for() -> None:
    # CD005475.pub2: "Better designed large studies are needed to fully and fairly test the effects of acupuncture
    # for people with schizophrenia." The entry said "It was about acupuncture" (studied=no: in whom?).
    entry = entry_for(r29.ACUPUNCTURE_SCHIZOPHRENIA)
    assert "It was about acupuncture in people with schizophrenia." in entry.studied
    assert_plain(entry.summary, r29.ACUPUNCTURE_SCHIZOPHRENIA)


def test_a_wish_for_research_on_other_people_or_another_treatment_names_no_one() -> None:
    # Only a wish about the same subject says who it was for; "future trials of X in children with Y" about some
    # other treatment says nothing of the people of this review.
    abstract = ("We included 12 trials. Acupuncture reduced pain (SMD -0.4, 95% CI -0.7 to -0.1). Acupuncture may "
                "reduce pain a little. Further trials are needed to test the effects of massage for people with "
                "arthritis.")
    entry = entry_for(abstract)
    assert "arthritis" not in entry.studied


def test_post_treatment_is_said_as_after_treatment_and_the_rest_of_the_verdict_stays() -> None:
    # CD011118.pub3: "headache severity post-treatment" and "no beneficial effect at post-treatment or follow-up".
    entry = entry_for(r29.REMOTE_THERAPY_PAIN)
    assert "post-treatment" not in entry.summary
    assert "headache severity after treatment" in entry.found
    assert "no helpful effect after treatment or follow-up" in entry.found  # the no-effect half is not lost
    assert_plain(entry.summary, r29.REMOTE_THERAPY_PAIN)


def test_the_words_of_a_second_trimester_abortion_are_explained() -> None:
    # CD007310.pub2: "second-trimester D&E" and "prostaglandins" were left bare (clear=no).
    entry = entry_for(r29.CERVICAL_PREPARATION)
    assert "The second trimester is the middle three months of pregnancy." in entry.studied
    assert "D&E means dilation and evacuation" in entry.studied
    assert "Prostaglandins means" in entry.found
    assert_plain(unglossed(entry.summary), r29.CERVICAL_PREPARATION)


def test_people_counted_before_most_were_left_out_of_the_analysis_are_not_said() -> None:
    # CD009166.pub2: "five trials, which in total randomised 1577 women, encompassing both singleton and multiple
    # gestations. After excluding singletons, the final analysis included 128 women". "Five trials with 1577 women"
    # had a reader believe the finding on twins rests on 1577 women (misleading=yes).
    entry = entry_for(abstracts.CERCLAGE)
    assert entry.studied.startswith("This review looked at five trials. It was about cerclage")
    assert "1577" not in entry.summary
    assert_plain(unglossed(entry.summary), abstracts.CERCLAGE)
    # Where no later sentence counts the people again, the count stands.
    entry = entry_for("We included five trials with 1577 women. Cerclage did not reduce deaths (RR 1.7, 95% CI 0.9 to "
                      "3.3). There is no evidence that cerclage prevents preterm birth in multiple pregnancies.")
    assert entry.studied.startswith("This review looked at five trials with 1577 women.")


def test_one_small_study_among_larger_ones_is_not_said_as_small_studies() -> None:
    # CD009308: "One study with a small sample size showed positive effects …, and two studies with larger sample
    # sizes reported no significant effects". "The studies were small" is not what the source says (misleading=yes).
    entry = entry_for(r29.FAMILY_ALCOHOL_PREVENTION)
    assert "Some of the studies were small." in entry.certainty
    assert "The studies were small." not in entry.certainty


def test_a_review_of_one_included_study_says_so_and_ongoing_studies_are_not_the_studies_reviewed() -> None:
    # CD011756.pub2: "four trials eligible for inclusion, of which three are ongoing … The included study randomised
    # 81 adults …"; later "The three ongoing RCTs will not be able to answer this review's questions, because they are
    # small studies". The entry said "The studies were small. Some studies had weaknesses …" of a one-study review.
    entry = entry_for(abstracts.PLASMA)
    assert "Only one study was found." in entry.certainty
    assert "The study had weaknesses in how it was done." in entry.certainty
    assert "small" not in entry.certainty


def test_an_injection_into_a_muscle_loses_its_bracket_and_is_explained() -> None:
    # CD006312.pub2: "adrenaline administration by intramuscular (i.m.) injection" was left bare (clear=no).
    entry = entry_for(r29.ADRENALINE_ANAPHYLAXIS)
    assert "(i.m.)" not in entry.found
    assert "An intramuscular injection is given into a muscle." in entry.found


def test_a_verdict_opened_by_hence_or_therefore_stands_on_its_own() -> None:
    # CD012413.pub2: "Hence, available evidence is insufficient to support or refute high-volume enteral feeds …";
    # the entry told only "very limited data from one small unblinded trial" (main finding: partly, twice).
    entry = entry_for(r29.HIGH_VOLUME_FEEDS)
    assert entry.found.startswith("Evidence so far is not enough for or against high-volume enteral feeds in preterm "
                                  "or low birth weight babies.")
    assert not entry.found.startswith("Hence")
    # CD010456.pub2: "Therefore, we remain very uncertain about the effects of water-based exercise for adults with
    # asthma." is the authors' verdict, not the long sentence on why they cannot judge.
    entry = entry_for(r29.WATER_EXERCISE_ASTHMA)
    assert entry.found == ("The authors remain very uncertain about the effects of water-based exercise for adults "
                           "with asthma.")
    assert_plain(entry.summary, r29.WATER_EXERCISE_ASTHMA)
    # A "Therefore" that leans on what came before ("Therefore, these trials …") still cannot lead.
    entry = entry_for("We included eight trials with 600 people. Pain fell with massage (MD -1.0, 95% CI -1.5 to "
                      "-0.5). Massage may relieve back pain in the short term. Therefore, these findings need "
                      "confirming.")
    assert "Therefore" not in entry.found and not entry.found.startswith("These findings")


_MATERNAL_STAY = ("We included eight trials with 1200 women. Antibiotics did not shorten stay (MD 0.1 days, 95% "
                  "CI -0.2 to 0.4). Antibiotics did not reduce the length of maternal hospital stay, and the trials "
                  "were at high risk of bias.")
# (the abstract, what its entry must say, what it must not say): words and phrases the reviews of 2026-12-01 and a read
# of all 411 val entries by readers aged about 12 found bare, garbled or misread.
_READ_PLAINLY = [
    pytest.param("We included one trial with 64 infants. High-volume feeds increased weight gain (MD 6.2 g/kg/day, 95% "
                 "CI 2.4 to 10.0). We found only very limited data from one small unblinded trial on the effects of "
                 "high-volume feeds on important outcomes for preterm or low birth weight infants.",
                 "In an unblinded trial, people know which treatment they are getting.", "", id="CD012413 unblinded"),
    pytest.param("We included 17 trials with 736 patients. Interferon did not improve survival (RR 1.0, 95% CI 0.8 to "
                 "1.2). There is no evidence to recommend or refute antiviral treatment for recurrent liver graft "
                 "infection with hepatitis C virus.",
                 "Liver graft means a transplanted liver.", "", id="CD006803 liver graft"),
    pytest.param("We included 10 trials with 900 people. Pembrolizumab improved survival (HR 0.7, 95% CI 0.6 to 0.8). "
                 "Pembrolizumab in men with advanced urothelial carcinoma with disease progression during or following "
                 "platinum-based chemotherapy probably improves overall survival.",
                 "whose illness got worse during or following", "disease progression", id="CD012838 progression"),
    pytest.param("We included six trials. Campaigns did not change drug use (RR 1.0, 95% CI 0.8 to 1.2). The evidence "
                 "does not allow conclusions about the effect of media campaigns on illicit drug use among young "
                 "people.", "illegal drug use", "illicit", id="CD009287 illicit"),
    pytest.param(_MATERNAL_STAY, "Maternal means to do with the mother.", "", id="maternal"),
    pytest.param(_MATERNAL_STAY, "Risk of bias means the chance that flaws in how a study was done skewed its results.",
                 "", id="risk of bias"),
    # "effective at improving sucking cessation in children" became "improving sucking stopping"
    pytest.param("We included six trials with 252 children. Palatal cribs stopped sucking (RR 0.13, 95% CI 0.03 to "
                 "0.59). This review found low quality evidence that orthodontic appliances are effective at improving "
                 "sucking cessation in children.", "helping stop sucking in children", "sucking stopping",
                 id="CD008694 cessation"),
    # PDT beside LMA and ETT is the bedside tracheostomy, which the abstract never names, not light treatment
    pytest.param("We included nine RCTs with 517 participants. Failure may be higher in the LMA group (RR 2.8, 95% CI "
                 "1.2 to 6.5). Evidence on the safety of LMA for PDT is too limited to allow conclusions to be drawn "
                 "on either its efficacy or safety compared with ETT.",
                 "PDT means a way of making a breathing hole in the neck at the bedside.", "light", id="CD009901 PDT"),
    # "The addition of caffeine … to a standard dose …" was studied as "caffeine to a standard dose …"
    pytest.param("We included 20 studies with 7238 participants. Caffeine gave more pain relief (RR 1.1, 95% CI 1.0 to "
                 "1.2). The addition of caffeine (≥ 100 mg) to a standard dose of commonly used analgesics provides a "
                 "small but important increase in the proportion of participants who experience a good level of pain "
                 "relief.", "adding caffeine to a standard dose of commonly used painkillers", "looked at caffeine to",
                 id="CD009281 addition"),
    # "appetite stimulants for anorexia" in cystic fibrosis was read as the eating disorder (misleading=yes)
    pytest.param("We included three trials. Weight rose with megestrol acetate (MD 1.2 kg, 95% CI 0.4 to 2.0). There "
                 "is low quality evidence that appetite stimulants may improve anorexia in people with cystic "
                 "fibrosis.",
                 "Anorexia means loss of appetite.", "eating disorder", id="CD008190 anorexia"),
    pytest.param("We included one trial with 100 women. Fewer tears were missed (RR 0.5, 95% CI 0.3 to 0.9). EAUS "
                 "before perineal repair in primiparous women may reduce faecal incontinence.",
                 "Primiparous means giving birth for the first time.", "", id="CD010826 primiparous"),
    # "… propofol-based TIVA may reduce POCD." was left out for its bare abbreviation (main finding: partly)
    pytest.param("We included 28 RCTs with 4507 participants. POCD was less frequent with TIVA (OR 0.5, 95% CI 0.3 to "
                 "0.9). We are uncertain whether maintenance with propofol-based TIVA or with inhalational agents "
                 "affects incidences of postoperative delirium because certainty of the evidence was very low. We "
                 "found low-certainty evidence that maintenance with propofol-based TIVA may reduce POCD.",
                 "POCD means problems with thinking and memory after surgery.", "", id="CD012317 POCD"),
    # "mechanical debridement" of the gums was explained as cleaning a wound (misleading=yes)
    pytest.param("We included four trials with 307 participants. Adjuncts did not reduce tooth loss (RR 1.0, 95% CI "
                 "0.6 to 1.7). Three of the studies compared adjuncts with mechanical debridement. There is "
                 "insufficient evidence to determine the superiority of different protocols for periodontitis.",
                 "Debridement means cleaning away dead tissue, dirt or germs.", "wound", id="CD009376 debridement"),
    # "interventions to prevent MEs in a paediatric population" never spells MEs out; prescribing beside it says
    # which ME it is, and fatigue says the other
    pytest.param("We included seven studies. Errors fell with computerised prescribing (RR 0.5, 95% CI 0.3 to 0.8). "
                 "Some interventions described in this review show a decrease in MEs.",
                 "ME means a medication error, a mistake in giving medicines.", "tiredness", id="CD006208 MEs"),
    pytest.param("We included seven trials with 900 people. Fatigue fell with graded exercise (SMD -0.4, 95% CI -0.6 "
                 "to -0.2). Graded exercise may reduce fatigue in people with ME.",
                 "people with chronic fatigue syndrome", "medication error", id="ME as an illness"),
    pytest.param("We included seven trials with 1200 people. Recurrence was lower with gemcitabine (RR 0.6, 95% CI "
                 "0.4 to 0.9). Compared to intravesical BCG therapy, gemcitabine was superior in BCG refractory "
                 "patients.",
                 "An intravesical medicine is put straight into the bladder.", "", id="CD009294 intravesical"),
    pytest.param("We included five trials with 595 people. Seizures did not differ (HR 1.0, 95% CI 0.8 to 1.2). We "
                 "have not found evidence that a clear difference exists between valproate and phenytoin, but "
                 "detection bias may have affected the results.",
                 "Detection bias means results being skewed by how the outcomes were checked.", "",
                 id="CD001769 detection bias"),
    # the last pair of 2026-12-01 reviews, on the final code: "gait", "active controls", "Fontaine class II"
    pytest.param("We included 29 trials with 775 people. Walking speed rose with music (MD 0.1 m/s, 95% CI 0.0 to "
                 "0.2). Music interventions may improve gait in people with stroke.",
                 "Gait means the way someone walks.", "", id="CD006787 gait"),
    pytest.param("We included 41 studies with 1806 people. Remission was more likely with CBT (RR 0.6, 95% CI 0.5 to "
                 "0.7). CBT is effective compared with waiting list, but not clearly better than active controls.",
                 "Active controls means a comparison group given another treatment.", "", id="CD004690 controls"),
    pytest.param("We included 24 studies with 3377 people. Walking distance varied (MD 20 m, 95% CI 5 to 35). The "
                 "overall benefit of pentoxifylline for patients with Fontaine class II intermittent claudication "
                 "remains uncertain.",
                 "Fontaine class II intermittent claudication means leg pain on walking from narrowed leg arteries",
                 "Claudication means", id="CD005262 Fontaine"),
]


@pytest.mark.parametrize(("abstract", "said", "unsaid"), _READ_PLAINLY)
def test_a_word_readers_stopped_at_reads_plainly(abstract: str, said: str, unsaid: str) -> None:
    entry = entry_for(abstract)
    assert said in entry.summary
    assert not unsaid or unsaid not in entry.summary


def test_a_harm_named_with_such_as_is_told_beside_a_verdict_of_no_benefit() -> None:
    # CD008095.pub2: "Complications such as tracheal obstruction are increased with use of prone ventilation." was
    # read as pointing back ("such"), so the entry said only "no convincing evidence of benefit nor harm", and a
    # reader took lying face down to be harmless (misleading=yes).
    entry = entry_for("We included nine trials with 2165 participants. Tube obstruction was more common with prone "
                      "ventilation (RR 1.78, 95% CI 1.22 to 2.60). We found no convincing evidence of benefit nor "
                      "harm from universal application of prone positioning in adults with hypoxaemia in intensive "
                      "care. Complications such as tracheal obstruction are increased with use of prone ventilation.")
    assert "Complications such as tracheal obstruction are increased with use of prone ventilation." in entry.found
    assert "Tracheal obstruction means a blocked windpipe or breathing tube." in entry.found
    # A "such" that does point back still keeps a claim out: "Such complications are increased …" leans.
    entry = entry_for("We included nine trials with 2165 participants. Tube obstruction was more common with prone "
                      "ventilation (RR 1.78, 95% CI 1.22 to 2.60). We found no convincing evidence of benefit nor "
                      "harm from universal application of prone positioning in adults with hypoxaemia in intensive "
                      "care. Such complications are increased with use of prone ventilation.")
    assert "Such complications" not in entry.found


def test_what_later_research_may_do_is_a_wish_not_a_finding() -> None:
    # CD006100.pub2 and CD008909.pub2 told these in "What was found", in place of a finding.
    from broker.plain.reading import read

    doc = read("Prolonged studies would be required to establish other health economic outcomes in admitted patients. "
               "Further studies involving immunotherapy during induction and maintenance may change conclusion. "
               "Exercise may change the course of the illness. Longer follow-up showed fewer relapses.")
    assert [s.wish for s in doc.sentences] == [True, True, False, False]


def test_a_treatment_the_verdict_names_among_many_tested_is_what_some_studies_looked_at() -> None:
    # CD012744: 39 studies in 14 comparisons; the verdict is on amifostine, then "There was insufficient evidence to
    # show that any other intervention is beneficial". "39 studies … It was about amifostine" had a reader believe
    # all of them tested it (misleading=yes).
    entry = entry_for(r29.AMIFOSTINE_DRY_MOUTH)
    assert entry.studied.startswith("This review looked at 39 studies with 3520 people. Some of the studies looked at "
                                    "amifostine")
    # "… better than usual care, or any other treatment" names what one treatment was set against: all the studies
    # tested it.
    entry = entry_for("We included six studies with 326 people. Swallowing did not improve with exercises (SMD 0.1, "
                      "95% CI -0.2 to 0.4). We found no evidence that therapeutic exercises were better than usual "
                      "care, or any other treatment, in improving swallowing.")
    assert "Some of the studies" not in entry.studied


def test_the_authors_word_that_an_effect_is_modest_goes_with_the_benefit() -> None:
    # CD001802.pub3: "Adeno-/tonsillectomy leads to a reduction in the number of episodes of sore throat …" was told
    # without "The impact of surgery, as demonstrated in the included studies, is modest." (misleading=yes: a reader
    # thought surgery clearly cuts sore throats).
    entry = entry_for(r21.TONSILLECTOMY)
    assert "The impact of surgery, as shown in the included studies, is modest." in entry.found
    assert entry.found.index("sore throat") < entry.found.index("is modest")
    # A verdict that goes no way has no size to tell.
    from broker.plain.found import _how_big
    from broker.plain.reading import read

    doc = read("We included five trials with 400 people. Pain did not differ (MD 0.1, 95% CI -0.3 to 0.5). There is "
               "not enough evidence to support massage for low back pain. The effect is small.")
    assert _how_big(doc, [doc.sentences[2]], {"5", "400", "0.1", "95", "0.3", "0.5"}, 80) is None


def test_the_authors_doubt_about_all_their_evidence_comes_before_a_possible_finding() -> None:
    # CD002832.pub3: "The number, size and reporting of randomised controlled perazine trials are insufficient to
    # present firm conclusions …", then "It is possible that perazine is associated with a similar risk of
    # extrapyramidal side-effects …". Told alone, the possible finding read as the answer (main finding: partly, in
    # two reviews).
    entry = entry_for(r29.PERAZINE)
    assert entry.found.startswith("The number, size and reporting of randomised controlled perazine trials are not "
                                  "enough to present firm conclusions")
    assert entry.found.index("firm conclusions") < entry.found.index("It is possible that perazine")
    # A firm claim after such a doubt needs no doubt put before it: "Perazine reduced …" is not hedged.
    from broker.plain.qualifiers import doubt_before
    from broker.plain.reading import read

    doc = read("We included seven trials with 479 people. Relapse was rarer with perazine (RR 0.5, 95% CI 0.3 to 0.8). "
               "The trials are too few to present firm conclusions about perazine. Perazine reduced relapse.")
    assert doubt_before(doc, doc.sentences[3]) is None
