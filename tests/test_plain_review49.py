"""Round forty-nine: what was studied, and in whom, where the abstract never says who all its studies took in.

Each abstract is real (val.jsonl, Cochrane); each test was seen to fail before its change, or guards the refusal
that goes with it.
"""

from __future__ import annotations

from broker.plain import plain_entry
from broker.plain.glossary import Glossary

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
