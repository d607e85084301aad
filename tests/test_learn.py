"""The learned theme model: keyword fallback, learning from labels, explanations, metrics."""

from __future__ import annotations

import random

import pytest

from broker.keywords import compile_rules, keyword_matches
from broker.learn import (
    Decision,
    Settings,
    ThemeModel,
    cross_validate,
    fit_predict,
    review_queue,
    text_of,
    to_matches,
)
from broker.metrics import Counts, describe, example_f1, macro_f1, micro_f1, theme_counts
from broker.models import Theme

THEMES = (
    Theme("carers", "Unpaid carers", keywords=("unpaid carer", "carer's allowance")),
    Theme("housing", "Housing", keywords=("social housing", "eviction", "homelessness"), exclude=("horse",)),
    Theme("loneliness", "Loneliness", keywords=("loneliness", "isolation")),
)

PHRASES = {
    "carers": ["young carers look after a parent", "young carers miss school to give care",
               "respite breaks for people caring for family", "caring for a disabled child at home",
               "young carers need support at school"],
    "housing": ["rents rise faster than wages", "tenants face eviction notices", "council homes are scarce",
                "homelessness rises in cities", "private landlords sell up"],
    "loneliness": ["older people feel isolated", "befriending schemes help widowed people",
                   "loneliness harms health", "people living alone rarely see friends",
                   "lunch clubs bring neighbours together"],
    "other": ["the survey ran in spring", "researchers interviewed households", "results varied by region",
              "the report was published today", "funding came from a charity"],
}


def corpus(n: int, seed: int = 0) -> tuple[list[str], list[set[str]]]:
    """Short synthetic items, each about one or two themes, with their true themes."""
    rng = random.Random(seed)
    texts, truth = [], []
    topics = ["carers", "housing", "loneliness"]
    for _ in range(n):
        about = set(rng.sample(topics, rng.choice([1, 1, 2])))
        parts = [rng.choice(PHRASES[t]) for t in sorted(about) for _ in range(2)]
        parts += rng.sample(PHRASES["other"], 2)
        rng.shuffle(parts)
        texts.append(". ".join(parts).capitalize() + ".")
        truth.append(about)
    return texts, truth


def test_no_labels_makes_exactly_the_keyword_decisions() -> None:
    texts, _ = corpus(30)
    texts += ["Unpaid carers and social housing.", "A horse faced eviction.", "", "Loneliness, isolation!"]
    model = ThemeModel.train(texts, [{} for _ in texts], THEMES)
    rules = compile_rules(THEMES)
    unseen = ["Carer's allowance rises", "Evictions and homelessness grow", "nothing here"]
    for text, row in zip(texts + unseen, model.decide(texts + unseen), strict=True):
        assert to_matches(row) == keyword_matches(rules, text)
        assert all(d.source == "keywords" and not d.uncertain for d in row)


def test_themes_without_labels_keep_their_keyword_rule() -> None:
    texts, truth = corpus(60)
    labels = [{"carers": "carers" in t} for t in truth]
    model = ThemeModel.train(texts, labels, THEMES)
    rules = compile_rules(THEMES[1:])
    for text, row in zip(texts, model.decide(texts), strict=True):
        assert row[0].source == "model"
        assert to_matches(row[1:]) == keyword_matches(rules, text)


def test_a_few_labels_leave_the_keyword_rule_deciding() -> None:
    texts, truth = corpus(40, seed=1)
    labels = [{} for _ in texts]
    for n in [i for i, about in enumerate(truth) if "carers" in about][:3]:  # 3 yes, 1 no: too few to check
        labels[n] = {"carers": True}
    labels[next(i for i, about in enumerate(truth) if "carers" not in about)] = {"carers": False}
    model = ThemeModel.train(texts, labels, THEMES)
    rules = compile_rules(THEMES)
    for text, row in zip(texts, model.decide(texts), strict=True):
        assert to_matches(row) == keyword_matches(rules, text)
    assert model.checks[0].decided_by == "keywords" and (model.checks[0].yes, model.checks[0].no) == (3, 1)
    assert model.checks[0].reason() == ("3 yes and 1 no labels so far; the model needs at least 5 of each before "
                                        "it can be tried, so its keywords decide")


def test_the_model_takes_over_a_theme_once_it_beats_its_keywords() -> None:
    texts, truth = corpus(60, seed=1)
    new = "Young carers look after a parent and miss school."  # no "unpaid carer" keyword in it
    labels = [{"carers": "carers" in about} if i % 2 else {} for i, about in enumerate(truth)]
    model = ThemeModel.train(texts, labels, THEMES)
    decision = model.decide([new])[0][0]
    check = model.checks[0]
    assert check.model_decides and check.model and check.keywords and check.model.f1 > check.keywords.f1
    assert decision.source == "model" and decision.chosen
    assert check.reason().startswith("the model decides: checked against ")
    assert [c.decided_by for c in model.checks[1:]] == ["keywords", "keywords"], "themes without labels"


def test_the_keywords_keep_a_theme_when_the_model_does_no_better() -> None:
    exact = Theme("loneliness", "Loneliness", keywords=("isolated", "befriending", "loneliness", "alone",
                                                        "lunch clubs"))
    texts, truth = corpus(80, seed=3)
    labels = [{"loneliness": "loneliness" in about} for about in truth]
    model = ThemeModel.train(texts, labels, [exact])
    check = model.checks[0]
    assert check.keywords is not None and check.keywords.f1 == 1.0
    assert check.decided_by == "keywords" and model.learned == ()
    assert "the model did no better" in check.reason()


def test_learns_themes_from_labels_and_explains_with_words_from_the_text() -> None:
    texts, truth = corpus(200, seed=2)
    labels = [{t.key: t.key in about for t in THEMES} for about in truth]
    model = ThemeModel.train(texts, labels, THEMES)
    test_texts, test_truth = corpus(60, seed=3)
    decided = model.decide(test_texts)
    chosen = [{d.theme for d in row if d.chosen} for row in decided]
    assert example_f1(test_truth, chosen) > 0.9
    explained = 0
    for text, row in zip(test_texts, decided, strict=True):
        for d in row:
            assert 0.0 <= d.probability <= 1.0 and 0.0 < d.threshold < 1.0
            if d.chosen:
                assert d.why, d
                explained += 1
                for words in d.why:  # a word, or two words that follow each other
                    assert all(w in text.lower() for w in words.split())
    assert explained >= len(test_texts)


def test_uncertain_decisions_are_flagged_and_queued_least_sure_first() -> None:
    texts, truth = corpus(120, seed=4)
    labels = [{t.key: t.key in about for t in THEMES} for about in truth]
    model = ThemeModel.train(texts, labels, THEMES)
    ambiguous = ["Caring and renting.", "People alone.", "Council support for families.", "Neighbours."]
    decided = model.decide(ambiguous + texts[:20])
    band = Settings().review_band
    for row in decided:
        for d in row:
            assert d.uncertain == (d.uncertainty >= 1 - band) or (d.chosen and d.probability < d.threshold)
    queue = review_queue(decided)
    assert [d.uncertainty for _, d in queue] == sorted((d.uncertainty for _, d in queue), reverse=True)
    assert all(d.theme == "housing" for _, d in review_queue(decided, "housing"))


def test_training_is_deterministic() -> None:
    texts, truth = corpus(80, seed=5)
    labels = [{t.key: t.key in about for t in THEMES} for about in truth]
    first = ThemeModel.train(texts, labels, THEMES).decide(texts)
    assert ThemeModel.train(texts, labels, THEMES).decide(texts) == first


def test_cross_validate_counts_only_labelled_pairs() -> None:
    texts, truth = corpus(100, seed=6)
    labels = [{t.key: t.key in about for t in THEMES} if i % 2 else {"carers": "carers" in about}
              for i, about in enumerate(truth)]
    counts = cross_validate(texts, labels, THEMES, folds=4)
    assert set(counts) == {"carers", "housing", "loneliness"}
    labelled_yes = sum(1 for m in labels if m.get("housing"))
    assert counts["housing"].tp + counts["housing"].fn == labelled_yes
    assert micro_f1(counts) > 0.8
    assert cross_validate(texts[:1], labels[:1], THEMES)["carers"] == Counts()


def test_example_f1_conventions() -> None:
    assert example_f1([{"a"}], [{"a"}]) == 1.0
    assert example_f1([set()], [set()]) == 1.0  # nothing to find and nothing found
    assert example_f1([{"a"}], [set()]) == 0.0  # BLUE: empty prediction has precision 0
    assert example_f1([set()], [{"a"}]) == 0.0
    # precisions 1/2 and 1, recalls 1 and 1/2: mean P = mean R = 3/4
    assert example_f1([{"a"}, {"a", "b"}], [{"a", "b"}, {"a"}]) == pytest.approx(0.75)
    # mean P = (1 + 0) / 2, mean R = (1/2 + 0) / 2 -> F = 2 * .5 * .25 / .75
    assert example_f1([{"a", "b"}, {"c"}], [{"a"}, set()]) == pytest.approx(1 / 3)


def test_counts_micro_and_macro_f1() -> None:
    gold = [{"a": True, "b": False}, {"a": True, "b": True}, {"a": False}, {}]
    chosen = [{"a", "b"}, {"a"}, {"a"}, {"a", "b"}]
    counts = theme_counts(gold, chosen, ["a", "b", "c"])
    assert counts == {"a": Counts(2, 1, 0), "b": Counts(0, 1, 1), "c": Counts()}
    assert micro_f1(counts) == pytest.approx(2 * 2 / (2 * 2 + 2 + 1))
    assert macro_f1(counts) == pytest.approx((4 / 5 + 0.0) / 2)  # "c" has no evidence: left out
    assert micro_f1({}) == 1.0


def test_describe_in_plain_words() -> None:
    lines = describe({"carers": Counts(8, 2, 3), "housing": Counts(0, 0, 2), "x": Counts(1, 0, 0)},
                     {"carers": "Unpaid carers", "housing": "Housing"})
    assert lines == [
        "Of the 10 items put in Unpaid carers, 8 were right; 3 were missed.",
        "No items were put in Housing; 2 were missed.",
        "Of the 1 item put in x, 1 was right; none was missed.",
    ]


def test_fit_predict_trains_on_labelled_texts() -> None:
    texts, truth = corpus(150, seed=7)
    test_texts, test_truth = corpus(40, seed=8)
    bare = [Theme(t.key, t.label) for t in THEMES]  # as from a training file's label set
    chosen = fit_predict(texts, [{t.key: t.key in about for t in THEMES} for about in truth], test_texts, bare)
    assert example_f1(test_truth, chosen) > 0.9


def test_parallel_decisions_equal_serial_ones() -> None:
    texts, truth = corpus(150, seed=9)
    labels = [{t.key: t.key in about for t in THEMES} for about in truth]
    model = ThemeModel.train(texts, labels, THEMES)
    many, _ = corpus(2400, seed=10)
    assert model.decide(many, jobs=2) == model.decide(many)


def test_degenerate_inputs() -> None:
    assert ThemeModel.train([], [], THEMES).decide([]) == []
    model = ThemeModel.train(["", "..."], [{"carers": True}, {"carers": False}], THEMES)
    assert [d.source for d in model.decide(["unpaid carers"])[0]] == ["keywords"] * 3
    assert describe({"a": Counts(5, 0, 0)}) == ["Of the 5 items put in a, all were right; none was missed."]


def test_text_of_matches_item_text() -> None:
    assert text_of("T", "S", ("c1", "c2")) == "T\nS\nc1 c2"


def test_decision_is_immutable() -> None:
    d = Decision("a", 0.5, 0.5, True, True, 1.0, ("w",), "model")
    with pytest.raises(AttributeError):
        d.chosen = False  # type: ignore[misc]
