"""Round fifty-one: who took part and what was studied, where the abstract says so in a way not read before.

Each abstract is real (val.jsonl, Cochrane) unless a test says otherwise; each test was seen to fail before its
change, or guards the refusal that goes with it.
"""

from __future__ import annotations

from broker.plain import plain_entry
from broker.plain.counts import included
from broker.plain.glossary import Glossary
from broker.plain.reading import read

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
