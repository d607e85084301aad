"""Round fifty: what a review was about, where its closing words name it only beside what more research should do.

Each abstract is real (val.jsonl, Cochrane); each test was seen to fail before its change, or guards the refusal
that goes with it.
"""

from __future__ import annotations

from broker.plain import plain_entry
from broker.plain.glossary import Glossary
from broker.plain.jargon import meaning_of, unexplained
from broker.plain.reading import read
from broker.plain.scope import wished_subject
from broker.plain.simplify import simplify
from broker.plain.topic_whom import _wished_for

from . import abstracts_review50 as r50


def test_a_kind_of_treatment_is_named_with_what_it_was_for() -> None:
    # "Current evidence on effective interventions to prevent MEs in a paediatric population in hospital is limited":
    # "effective interventions" names nothing; with its aim it says what all seven studies tried. Readers had only
    # "This review looked at seven studies."
    studied = plain_entry("", r50.MEDICATION_ERRORS, glossary=Glossary(())).studied
    assert studied.startswith("This review looked at seven studies. It was about ways to prevent MEs.")
    assert "medication error" in studied


def test_a_kind_of_treatment_alone_is_still_not_a_subject() -> None:
    # The same sentence without its aim names nothing, so nothing is said of it.
    abstract = read(r50.MEDICATION_ERRORS.replace(" to prevent MEs in a paediatric population in hospital", ""))
    assert wished_subject(abstract) == ""


def test_dcd_beside_motor_performance_is_the_movement_disorder() -> None:
    # "task-oriented interventions for improved motor performance" in children: developmental coordination disorder,
    # though the abstract never spells it out, so "interventions for children with DCD" can be said.
    assert unexplained("children with DCD", r50.DCD_TASKS.lower()) == set()
    studied = plain_entry("", r50.DCD_TASKS, glossary=Glossary(())).studied
    assert "It was about interventions for children with DCD." in studied
    assert "developmental coordination disorder" in studied
    # Beside organ donors it is still a donor who died after the heart stopped, not a movement disorder.
    assert meaning_of("DCD", "kidneys from dcd donors after transplant and motor vehicle deaths")[0].startswith(
        "a donor who died")


def test_the_condition_more_trials_of_the_subject_are_wanted_for() -> None:
    # "More trials of manual therapy alone or exercise alone for rotator cuff disease": the review's two treatments,
    # for the condition it was about. Readers had marked "It was about manual therapy and exercise." as not saying
    # in whom.
    studied = plain_entry("", r50.ROTATOR_CUFF, glossary=Glossary(())).studied
    assert "It was about manual therapy and exercise for rotator cuff disease." in studied
    # Trials wanted of some other treatment say nothing of what this subject was for.
    abstract = read(r50.ROTATOR_CUFF)
    assert _wished_for("acupuncture", abstract) == ""
    assert _wished_for("manual therapy and exercise", abstract) == "rotator cuff disease"


def test_a_therefore_that_joins_two_clauses_becomes_so() -> None:
    # "…, therefore an RCT comparing … is desirable": dropped as padding, "therefore" left two sentences run together
    # on a comma, and a reader marked the entry as not coherent.
    found = plain_entry("", r50.GTN_EMPTY, glossary=Glossary(())).found
    assert "than pulsed dactinomycin, so a trial comparing" in found
    assert simplify("Most trials were short, therefore we cannot comment on long-term use.") == (
        "Most trials were short, so we cannot comment on long-term use.")
    # An aside, or a "thus" before what a result led to, is still dropped.
    assert simplify("The effect, therefore, was small.") == "The effect was small."
    assert simplify("It lowered pressure, thus reducing strokes.") == "It lowered pressure, reducing strokes."
