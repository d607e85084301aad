"""Round forty-nine: what was studied, and in whom, where the abstract never says who all its studies took in.

Each abstract is real (val.jsonl, Cochrane); each test was seen to fail before its change, or guards the refusal
that goes with it.
"""

from __future__ import annotations

from broker.plain import plain_entry
from broker.plain.clauses import has_verb
from broker.plain.glossary import Glossary
from broker.plain.reading import read
from broker.plain.simplify import simplify
from broker.plain.studied import _who_took_part

from . import abstracts_review49 as r49


def test_the_one_group_an_abstract_keeps_naming_is_who_it_was_about() -> None:
    # "912 children", "316 children", … seven times and no other group: the review was about children, though no
    # sentence says "all the trials took in children". Readers marked "anthracyclines" alone as not saying in whom.
    studied = plain_entry("", r49.ANTHRACYCLINES, glossary=Glossary(())).studied
    assert studied.startswith("This review looked at anthracyclines for children.")


def test_a_group_named_beside_another_is_not_the_whole_reviews() -> None:
    # "1470 adults and 470 children": children are named more often, but adults took part too.
    studied = plain_entry("", r49.LTRA_ASTHMA, glossary=Glossary(())).studied
    assert "oral LTRAs" in studied
    assert "children" not in studied and "adults" not in studied


def test_who_took_part_follows_the_reviews_own_sentence_that_names_none() -> None:
    # "The studies looked at the effect of listening to pre-recorded music daily, …" says what, not in whom; the
    # conclusion says "… in adults with insomnia symptoms".
    studied = plain_entry("", r49.MUSIC_INSOMNIA, glossary=Glossary(())).studied
    assert studied.endswith("for a period of three days to five weeks. The studies were in adults with insomnia "
                            "symptoms.")
    # A review's own sentence that names its people already is not followed by them again.
    abstract = read(r49.MUSIC_INSOMNIA)
    closing = [abstract.sentences[i] for i in abstract.conclusions]
    assert _who_took_part(["The studies looked at music for older people."], abstract, closing) == []
    assert _who_took_part(["The studies looked at music."], abstract, closing) == [
        "The studies were in adults with insomnia symptoms."]


def test_a_beta_written_as_a_sharp_s_is_spelled_out_and_explained() -> None:
    # "adding intravenous aminophylline to ß2-agonists and steroids": "ß2-agonists" could not be explained, since an
    # explanation opens with the word capitalised ("SS2-agonists"); spelled "beta2-agonists", it is.
    found = plain_entry("", r49.AMINOPHYLLINE, glossary=Glossary(())).found
    assert "aminophylline to beta2-agonists and steroids" in found
    assert "Beta2-agonists means medicines that open up the airways." in found
    assert "ß" not in found


def test_an_aim_said_plainly_once_is_what_the_treatment_was_for() -> None:
    # "… no significant effects of the family-based intervention for reducing alcohol misuse": said once, but as
    # plainly as an aim can be said.
    studied = plain_entry("", r49.FAMILY_ALCOHOL, glossary=Glossary(())).studied
    assert "It was about family-based prevention interventions for alcohol misuse." in studied


def test_a_sentence_whose_only_verb_is_irregular_reads_as_a_sentence() -> None:
    # "We ran a trial with 412 carers": "ran" is a verb though it does not end in "-ed"; before, only "randomised"
    # made the sentence read as one.
    assert has_verb("We ran a trial with 412 carers in 9 areas of England.")
    assert has_verb("The authors sought the views of carers.")
    assert not has_verb("Aspirin versus a dummy pill in older people.")


def test_randomised_is_not_said_where_trial_says_enough() -> None:
    # "randomised" stopped readers in 53 of 411 entries; a trial is a fair test already, and "How sure we can be"
    # says how good the trials were.
    assert simplify("There is no evidence from randomised controlled trials to support it.") == \
        "There is no evidence from trials to support it."
    assert simplify("There is not enough randomised evidence to be confident.") == \
        "There is not enough evidence from trials to be confident."
    assert simplify("Two RCTs found less pain.") == "Two trials found less pain."
    # Kinds of trial that differ from a plain trial keep their names (and their explanations).
    assert "non-randomised studies" in simplify("Evidence from non-randomised studies was weak.")
    assert "cluster-randomised trial" in simplify("A cluster-randomised trial found less pain.")


def test_a_verdict_added_in_addition_is_not_what_the_review_was_about() -> None:
    # The first verdict (a fluoride foam) names no usable subject; the one after it ("In addition, … the patient use
    # of a high fluoride toothpaste …") is one more of eight methods, from one study. Said as what the review was about,
    # a reader thought all ten studies tested the toothpaste.
    entry = plain_entry("", r49.FLUORIDE_ORTHODONTIC, glossary=Glossary(()))
    assert entry.studied == "This review looked at 10 studies."
    assert "high fluoride toothpaste" in entry.found  # still told, as the second verdict
