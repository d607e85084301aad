"""More patterns tried only where what each needs is written (topic_phrases.OF in candidates, kinds._BACKGROUND_START,
people._WHO, studied._ADJECTIVE_GERUND): where it is missing, the pattern finds nothing, so every answer is the old
one."""

from __future__ import annotations

import random

from broker.plain import kinds, people, studied, topic_phrases
from broker.plain.text import mentions
from broker.plain.words import GROUPS

_VOCABULARY = [
    # OF
    "the use of", "effects of", "the efficacy of", "benefits of", "role of", "trials of", "RCTs of",
    "number of trials of", "of", "Of", "OF", "off", "often", "of,",
    "the effects ofaspirin", "these", "aspirin", "placebo",
    # _BACKGROUND_START
    "we know", "We know", "it is known", "it is well established", "previous studies", "previous reviews",
    "is widely used", "are commonly used", "is often used", "used", "unused", "the aim of this treatment is to",
    "the goals of", "the purpose of", "is to", "aim", "goal",
    # _WHO
    *GROUPS, "adult", "adults", "Patients", "PATIENTS", "Women", "in", "among", "for", "with", "who",
    "the treatment of", "number of", "outcomes of", "whether", "at high risk of", "living with", "women's",
    "non-smokers", "patients-",
    "patientsx", "epilepsy", "AD", "UC and CD",
    # _ADJECTIVE_GERUND
    "early", "late", "delayed", "immediate", "routine", "CD4-guided", "starting", "stopping", "giving", "using",
    "taking", "Starting", "USING", "startings", "x-ray", "use",
    # the rest
    "café", "naïve", "β-blockers", "children's", "-", "'", ",", ".", ";", "(", ")", "1", "  ", "and", "was", "is",
]


def _texts(n: int) -> list[str]:
    rng = random.Random(16)
    return [" ".join(rng.choice(_VOCABULARY) for _ in range(rng.randint(0, 14))) for _ in range(n)]


def test_of_needs_of() -> None:
    for text in [*_texts(20000), ""]:
        if " of " not in text:
            assert not list(topic_phrases.OF.finditer(text)), text


def test_background_as_the_pattern() -> None:
    for text in [*_texts(20000), ""]:
        for low in (text.lower(), text.lower().lstrip(", ")):
            old = bool(kinds._BACKGROUND_START.match(low)) or (
                "from " in low and bool(kinds._BACKGROUND_FROM.search(low)))
            assert kinds.is_background(low) == old, low


def test_who_needs_people() -> None:
    for text in [*_texts(20000), ""]:
        if not people._may_name_people(text):
            assert not people._WHO.search(text), text


def test_who_as_before() -> None:
    for text in [*_texts(5000), ""]:
        m = people.WHO_FIRST.match(text) or people._WHO.search(text)
        phrase = people.who_cut(m.group("who")) if m else ""
        old = "" if phrase.rsplit(" ", 1)[-1].lower() in people._DANGLING or people._NAME_NUMBER_END.search(phrase) \
            else phrase
        assert people.who(text) == old, text


def test_gerund_needs_a_gerund() -> None:
    for text in [*_texts(20000), ""]:
        if text.isascii() and not mentions(text.lower(), studied._GERUNDS):
            assert not studied._ADJECTIVE_GERUND.search(text), text


def test_the_texts_reach_both_ways() -> None:
    texts = _texts(20000)
    assert sum(bool(topic_phrases.OF.search(t)) for t in texts) > 1000
    assert sum(" of " not in t for t in texts) > 1000
    assert sum(kinds.is_background(t.lower()) for t in texts) > 300
    assert sum(bool(people._WHO.search(t)) for t in texts) > 1000
    assert sum(not people._may_name_people(t) for t in texts) > 500
    assert sum(bool(studied._ADJECTIVE_GERUND.search(t)) for t in texts) > 300


_META_VOCABULARY = [
    "quality", "certainty", "certainty evidence", "quality-evidence", "risk of bias", "methodological", "reporting",
    "heterogeneity", "reason for", "reasons for", "main reason", "common reasons", "limitation", "limitations",
    "major limitation", "search", "searches", "searched", "searchd", "evidence is current", "downgraded", "downgrading",
    "in this review", "in this update,", "we", "the review authors", "downgraded", "assessed", "judged", "were able",
    "were not able", "could not", "tried", "considered the evidence", "identified", "included", "found only three new",
    "studies", "trials", "it was not possible", "it was impossible", "we were unable", "no study reported", "no",
    "the", "these", "our", "conclusions", "findings", "are", "is", "supported by", "all", "most", "included", "rcts",
    "themselves", "were", "not adequately powered", "underpowered", "this review", "this update", "did not",
    "investigate", "an", "a", "'very low'", "low", "grade", "rating", "means", "no data were found", "the true effect",
    "proposed", "conceptual", "framework", "typology", "taxonomy", "logic model", "have reported", "has", "assessed",
    "aspirin", "reduced", "pain", "café", "naïve", ",", ".", ";", "-", "'", "1", "x", "itwas", "wes",
]


def test_meta_start_as_the_pattern() -> None:
    rng = random.Random(16)
    texts = ["", *(" ".join(rng.choice(_META_VOCABULARY) for _ in range(rng.randint(0, 10))) for _ in range(30000))]
    found = 0
    for low in texts:
        old = bool(kinds._META_START.match(low))
        found += old
        assert bool((low.startswith(kinds._META_OPENINGS) or mentions(low, kinds._META_WORDS))
                    and kinds._META_START.match(low)) == old, low
        if not old:
            continue
        kinds.is_meta.cache_clear()
        assert kinds.is_meta(low), low
    assert found > 1000


def test_named_needs_a_word() -> None:
    for text in [*_texts(20000), ""]:
        if not mentions(text, people._NAMED_WORDS):
            assert not list(people._NAMED.finditer(text)), text
    assert sum(bool(people._NAMED.search(t)) for t in _texts(20000)) > 100


def test_purpose_tail_needs_to() -> None:
    from broker.plain import topic_usable

    phrases = ["interventions to", "Strategies To reduce", "services to", "X used to prevent", "X designed TO help",
               "aimed to", "intended to", "intended  to ", "programs", "approaches to-", "", "ſ used to", "used to"]
    for text in [*phrases, *_texts(20000)]:
        if " to " not in text.lower():
            assert not topic_usable._PURPOSE_TAIL.search(text), text
