"""Round forty-eight: words the seventh session's blind readers named when they marked an entry unclear.

Each abstract is real (val.jsonl, Cochrane); each test was seen to fail before its change, or guards the refusal
that goes with it.
"""

from __future__ import annotations

from broker.plain import plain_entry
from broker.plain.glossary import Glossary
from broker.plain.jargon import explain

from . import abstracts
from . import abstracts_review48 as r48


def test_more_research_is_said_only_where_little_else_is() -> None:
    # Two studies, both weak: "How sure we can be" says so in two sentences, and "The authors say more research is
    # needed." after them told a reader nothing new, in words an explanation needed more (words_mean is at its
    # limit).
    assert plain_entry("", r48.MINORITY_STUDENTS, glossary=Glossary(())).certainty == \
        "Only two studies were found. Some studies had weaknesses in how they were done."
    # Where it is the only other thing said, it stays: the finding is not settled.
    assert plain_entry("", abstracts.HOMEWARD, glossary=Glossary(())).certainty == \
        "Some of the differences found could be down to chance. The authors say more research is needed."


def test_words_readers_stopped_at_are_explained() -> None:
    told = " ".join(explain(["It was about multidisciplinary rehabilitation in people with breast cancer.",
                             "Motivational interviewing may reduce drug use.",
                             "The greatest number of trials showing benefit have checked SSRIs in "
                             "obsessive-compulsive disorder."], "breast cancer drug use"))
    assert "Multidisciplinary means that several kinds of health professional work together." in told
    assert "Motivational interviewing means a way of talking with people that helps them find their own reasons " \
        "to change." in told
    assert "Obsessive-compulsive disorder means a condition with unwanted, repeated thoughts and urges" in told
    told = explain(["Maintenance therapy improved disease free survival but not overall survival."], "")[0]
    assert "Disease free survival means the time people lived without the illness coming back." in told
    # "ß2-agonists" (a German sharp s for a Greek beta) is left as written: capitalised, it would read "SS2-agonists".
    told = explain(["Adding aminophylline to ß2-agonists improves lung function."], "asthma")[0]
    assert "SS2" not in told and "means medicines that open up the airways" not in told
    assert "Beta2-agonists means medicines that open up the airways." in explain(
        ["Adding aminophylline to beta2-agonists improves lung function."], "asthma")[0]


def test_positive_pressure_breathing_is_said_as_machine_assisted_breathing() -> None:
    # CD004466: "… compared with positive pressure breathing", left bare in a key sentence.
    told = explain(["Patients had worse lung function compared with positive pressure breathing."], "")[0]
    assert told == "Patients had worse lung function compared with machine-assisted breathing."


def test_what_a_named_treatment_was_for_is_said_where_no_people_are_named() -> None:
    # CD002760: "This review looked at dihydrocodeine." said neither in whom nor what for; the abstract says
    # "dihydrocodeine in postoperative pain" three times. A kind of pain a painkiller is given in is what it was for.
    studied = plain_entry("", r48.DIHYDROCODEINE, glossary=Glossary(())).studied
    assert studied.startswith("This review looked at dihydrocodeine for pain after surgery.")
    # CD003183: "medicinal herbs for HCV infection", in the results and again in the conclusion.
    studied = plain_entry("", r48.HERBS_HEPATITIS_C, glossary=Glossary(())).studied
    assert studied.startswith("This review looked at medicinal herbs for hepatitis C virus infection.")
    # CD001983: "calcitonin for fracture prevention in …": fractures are one outcome it was judged by; said as its aim,
    # a reader would take the bone-mass finding for a finding on fractures.
    studied = plain_entry("", r48.CALCITONIN, glossary=Glossary(())).studied
    assert "fracture" not in studied and "It was about calcitonin compared with a dummy treatment." in studied


def test_outcomes_are_explained_without_crowding_out_an_illness() -> None:
    # "outcomes" is the research word the blind readers stopped at most; 51 of 411 entries say it.
    told = explain(["There was no difference in health outcomes."], "")[0]
    assert told == "There was no difference in health outcomes. Outcomes means the things a study measures."
    # It takes none of the six places: the sixth hard word after it is still explained.
    told = " ".join(explain(["Outcomes improved with cerclage, tocolytics, thrombolysis, radiotherapy, brachytherapy "
                             "and thromboprophylaxis."], ""))
    assert "Outcomes means" in told and "Thromboprophylaxis means treatment to prevent blood clots." in told


def test_studies_that_differed_on_one_outcome_are_said_to_differ_for_some_results() -> None:
    # CD004443: the studies differed on deaths ("for the latter outcome"), not on the blood pressure the authors
    # conclude on ("No heterogeneity was found for this outcome"). "The studies differed a lot from each other." told
    # a reader the main result was inconsistent too (a blind reader, seed 6841: misleading).
    certainty = plain_entry("", r48.NALOXONE_SHOCK, glossary=Glossary(())).certainty
    assert certainty.startswith("For some results, the studies differed a lot from each other.")
