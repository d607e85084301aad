"""A hedged claim looked for as an opening and as a hedge led by its letters (speed11): found where it was before."""

from __future__ import annotations

import pytest

from broker.plain import qualifiers
from broker.plain.starts import starting

_BEFORE = starting(r"^it is possible that\b|\b(?:may|might|possibly|appears? to|seems? to|tended to)\b")


@pytest.mark.parametrize("sample", [
    "", "it is possible that perazine helps", "it is possible thatx", "xit is possible that", " it is possible that",
    "we may", "dismay", "mayor", "it might", "appear to", "appears to", "appearsto", "seem to", "seems to", "tended to",
    "possibly", "impossibly", "na\u00efve may", "\u00e9may", "may_", "may-be", "it is possible that\nx",
])
def test_hedged_claims_are_found_as_before(sample: str) -> None:
    found = qualifiers._HEDGED_OPENING.match(sample) or qualifiers._HEDGED_CLAIM.search(sample)
    assert bool(found) == bool(_BEFORE.search(sample))
