"""_design_score asks what can only lower a score last, and only of a sentence the rest lifts to the bar: at the bar
or over, every score is the old one; under it, both are under it (what_was_studied reads none past the first there)."""

from __future__ import annotations

import random

from broker.plain import design
from broker.plain.compared import says_result, says_result_in
from broker.plain.reading import Sentence
from broker.plain.text import mentions

_VOCABULARY = [
    *design._DESIGN_WHO, *design._DESIGN_DID, *design._WHO_LAST, "this review", "the review", "the authors",
    "looked at", "randomly allocated", "we randomised", "the aim of this study is", "set out to", "was a trial of",
    "in", "among", "for", "of", "with", "aged", "who", "pregnant", "the", "and", "children's", "non-smokers", "café",
    "naïve", "1", "(", ")", ",", ".", ";", "-", "'", "Previous", "previously", "it has been shown",
    "have been reported",
    "CI", "RR 0.5", "P = 0.03", "p<0.01", "odds ratio", "reduced", "increased", "no difference", "significantly",
    "However,", "These", "They", "To assess", "This review looks at", "To", "Aspirin", "HIV", "high-quality", "TRIALS",
    "We", "Compared", "than", "was", "were", "more", "fewer", "risk",
]
_ROLES = ["aim", "methods", "intro", "background", "results", "conclusions", "text"]


def _old_score(s: Sentence, concluding: tuple[int, ...]) -> float:
    """_design_score before it asked what lowers a score last."""
    low = s.low
    role = "aim" if s.role == "background" and design._STATED_AIM.search(low) else s.role
    score = {"aim": 2.0, "methods": 1.0, "intro": 1.0, "background": -0.5}.get(role, 0.0) - 0.15 * s.index
    if s.role in ("results", "conclusions") or s.index in concluding:
        score -= 2.0
    aim = design._did_then_aim(low)
    result = says_result(low[:aim]) if aim else says_result_in(s)
    if result or s.leans or (design._ESTIMATE.search(s.text) and s.role != "methods") or \
            design._EARLIER_WORK.match(low):
        score -= 3.0
    if score + 3.0 < design.LEAST_DESIGN:
        return score
    plain, tokens = design._alone(low, s.tokens)
    designed = design._DESIGN_OPENING.match(low) or (
        (not plain or not (design._DESIGN_WHO.isdisjoint(tokens) or design._DESIGN_DID.isdisjoint(tokens))
         or mentions(low, design._DESIGN_SAYS)) and design._DESIGN.search(low))
    whom = (not plain or not design._WHO_LAST.isdisjoint(tokens) or "pregnan" in low) and design._WHO.search(low)
    return score + 2.0 * bool(designed) + 1.0 * bool(whom)


def _sentences(n: int) -> list[Sentence]:
    rng = random.Random(16)
    out = []
    for _ in range(n):
        text = " ".join(rng.choice(_VOCABULARY) for _ in range(rng.randint(0, 14)))
        text = text[:1].upper() + text[1:] if rng.random() < 0.7 else text
        out.append(Sentence(text, rng.randint(0, 12), rng.choice(_ROLES), 0, rng.random() < 0.2, rng.random() < 0.3))
    return out


def test_scores_at_the_bar_are_the_old_ones() -> None:
    bar = design.LEAST_DESIGN
    for s in _sentences(20000):
        for concluding in ((), (s.index,)):
            old, new = _old_score(s, concluding), design.design_score(s, concluding)
            assert (old >= bar) == (new >= bar), s.text
            if old >= bar:
                assert new == old, s.text


def test_the_sentences_reach_both_ways() -> None:
    bar = design.LEAST_DESIGN
    scores = [_old_score(s, ()) for s in _sentences(20000)]
    assert sum(score >= bar for score in scores) > 1000
    assert sum(score < bar for score in scores) > 1000


def test_an_empty_sentence() -> None:
    for role in _ROLES:
        s = Sentence("", 0, role, 0, False, False)
        assert design.design_score(s, ()) == _old_score(s, ())
