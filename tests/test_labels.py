"""The curator loop: labels change the next digest, review finds doubtful items, evaluation reads plainly,
and bad labels give clear errors."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

from click.testing import CliRunner

from broker import classify, keywords, pipeline
from broker.cli import main
from broker.config import load_config
from broker.models import Item, Theme, ThemeMatch
from broker.store import Store

from .conftest import FIXED_NOW
from .feeds import Story, rss, story, write_config

OFF_TOPIC = Story(title="Looking after a relative with motor neurone disease at home", guid="relative",
                  link="https://example.org/relative",
                  summary="Family members who look after a relative at home told us about tiredness and money.")


def _setup(tmp_path: Path, stories: list[Story]) -> Path:
    (tmp_path / "feed.xml").write_text(rss(stories), encoding="utf-8")
    config = tmp_path / "feeds.toml"
    if not config.exists():
        write_config(config, [("Feed", str(tmp_path / "feed.xml"))])
        config.write_text(config.read_text().replace("max_items = 50", "max_items = 50") +
                          '\n[themes.knees]\nlabel = "Knee surgery"\nkeywords = ["knee"]\n')
    return config


def _build(config: Path, day: int) -> pipeline.RunReport:
    return pipeline.build(load_config(config), clock=lambda: FIXED_NOW + timedelta(days=day))


def _id(tmp_path: Path, link: str) -> str:
    with Store.open(tmp_path / "broker.db") as store:
        return str(store.db.execute("select id from items where link = ?", [link]).fetchone()[0])


def test_labels_change_the_next_builds_digest(tmp_path: Path) -> None:
    config = _setup(tmp_path, [story(1), story(2), OFF_TOPIC])
    first = _build(config, 0)
    assert {i.link for i in first.digests[0].items} == {"https://example.org/research/1",
                                                        "https://example.org/research/2"}
    relative = _id(tmp_path, "https://example.org/relative")
    runner = CliRunner()
    said = runner.invoke(main, ["label", relative, "carers", "--config", str(config)])
    assert said.exit_code == 0 and "The next build retrains the model" in said.output

    _setup(tmp_path, [story(1), story(2), OFF_TOPIC, story(3)])
    second = _build(config, 1)

    assert {i.link for i in second.digests[0].items} == {"https://example.org/research/3",
                                                         "https://example.org/relative"}


PARKING = Story(title="Hospital car parking charges: what carers and visitors pay", guid="parking",
                link="https://example.org/parking", summary="We listed parking prices at 40 hospital car parks.")


def test_a_no_label_keeps_an_item_out_even_when_its_keywords_match(tmp_path: Path) -> None:
    config = _setup(tmp_path, [story(1)])
    _build(config, 0)
    _setup(tmp_path, [story(1), PARKING])
    two = "https://example.org/parking"
    # Label the new item before it is ever digested: fetch stores it, the label keeps it out.
    pipeline.fetch_only(load_config(config), clock=lambda: FIXED_NOW + timedelta(days=1))
    assert CliRunner().invoke(main, ["label", _id(tmp_path, two), "carers", "--not", "--config",
                                     str(config)]).exit_code == 0
    _setup(tmp_path, [story(1), PARKING, story(3)])

    report = _build(config, 2)

    assert [i.link for d in report.digests for i in d.items] == ["https://example.org/research/3"]


def test_with_no_labels_the_results_equal_the_keyword_rules() -> None:
    themes = [Theme("carers", "Carers", keywords=("carer",)), Theme("knees", "Knees", keywords=("knee",))]
    items = [Item(id=str(n), title=t, link="", summary="", published=FIXED_NOW)
             for n, t in enumerate(["A carer study", "Knee carers", "Nothing here"])]
    rules = keywords.compile_rules(themes)
    expected = {i.id: keywords.keyword_matches(rules, i.text_for_matching()) for i in items}
    assert classify.classify(items, themes) == expected
    assert classify.classify(items, themes, labels={}) == expected


def test_review_starts_from_the_keyword_picks_before_any_label(tmp_path: Path) -> None:
    config = _setup(tmp_path, [story(1), OFF_TOPIC])
    _build(config, 0)

    cold = CliRunner().invoke(main, ["review", "carers", "--config", str(config)])

    assert cold.output.startswith("Unpaid carers: no labels yet, so its keywords decide. "
                                  "Confirm or correct what they chose:\n")
    assert _id(tmp_path, "https://example.org/research/1") in cold.output


def test_review_lists_doubtful_decisions_least_sure_first_with_their_words(tmp_path: Path) -> None:
    config = _setup(tmp_path, [story(1), story(2), OFF_TOPIC])
    _build(config, 0)
    one, relative = _id(tmp_path, "https://example.org/research/1"), _id(tmp_path, "https://example.org/relative")
    with Store.open(tmp_path / "broker.db") as store:
        store.set_label(one, "knees", False, FIXED_NOW)
        store.save_themes({relative: (ThemeMatch("carers", ("relative", "home"), 0.48, chosen=False,
                                                 uncertainty=0.9),),
                           one: (ThemeMatch("carers", ("carers",), 0.55, chosen=True, uncertainty=0.6),)}, "v")

    review = CliRunner().invoke(main, ["review", "--config", str(config)])

    lines = review.output.splitlines()
    assert lines[0] == "The model is least sure about these. Label each one, for example:"
    assert f"{relative}  probably not in Unpaid carers (doubt 90%)" in lines
    assert f"{one}  probably in Unpaid carers (doubt 60%)" in lines
    assert lines.index(f"{relative}  probably not in Unpaid carers (doubt 90%)") < \
        lines.index(f"{one}  probably in Unpaid carers (doubt 60%)")
    assert "    words that counted: relative, home" in lines


def test_a_trained_model_flags_some_decisions_for_review(tmp_path: Path) -> None:
    themes = [Theme("carers", "Carers", keywords=("carer",))]
    texts = [f"unpaid carers support study {n}" for n in range(20)] + [f"knee surgery trial {n}" for n in range(20)]
    items = [Item(id=str(n), title=t, link="", summary="", published=FIXED_NOW) for n, t in enumerate(texts)]
    probe = Item(id="probe", title="support for family members at home after knee surgery", link="", summary="",
                 published=FIXED_NOW)
    labels = {str(n): {"carers": n < 20} for n in range(0, 40, 2)}

    decided = classify.classify([probe, *items[:2]], themes, training=items, labels=labels)

    assert decided["0"][0].chosen and decided["0"][0].uncertainty == 0, "a labelled item follows its label"
    assert all(0 <= m.uncertainty <= 1 for row in decided.values() for m in row)


def test_evaluate_files_have_the_stated_format(tmp_path: Path) -> None:
    train = [{"id": f"t{n}", "title": f"carer study {n}" if n % 2 else f"knee study {n}",
              "abstract": "carers and support" if n % 2 else "knee surgery outcomes",
              "themes": ["carers"] if n % 2 else ["knees"]} for n in range(40)]
    test = [{"id": "a", "title": "carer support", "abstract": "carers", "themes": ["carers"]},
            {"id": "b", "title": "knee surgery", "abstract": "knee", "themes": ["knees"]},
            {"id": "c", "title": "nothing", "abstract": "weather", "themes": []}]
    (tmp_path / "train.jsonl").write_text("".join(json.dumps(r) + "\n" for r in train))
    (tmp_path / "test.jsonl").write_text("".join(json.dumps(r) + "\n" for r in test))

    result = CliRunner().invoke(main, ["evaluate", "--train", str(tmp_path / "train.jsonl"), "--test",
                                       str(tmp_path / "test.jsonl"), "--predictions", str(tmp_path / "out.jsonl"),
                                       "--config", str(tmp_path / "none.toml")])

    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert [sorted(r) for r in rows] == [["id", "themes"]] * 3
    assert [r["id"] for r in rows] == ["a", "b", "c"]
    assert rows[0]["themes"] == ["carers"] and rows[1]["themes"] == ["knees"]
    assert "micro-F1" in result.output and "macro-F1" in result.output


def test_evaluate_with_labels_speaks_plainly(tmp_path: Path) -> None:
    config = _setup(tmp_path, [story(n) for n in range(10)] + [OFF_TOPIC])
    _build(config, 0)
    runner = CliRunner()
    for n in range(10):
        runner.invoke(main, ["label", _id(tmp_path, f"https://example.org/research/{n}"), "carers",
                             "--config", str(config)])

    result = runner.invoke(main, ["evaluate", "--config", str(config)])

    assert "Checked against 10 labelled items" in result.output
    assert "items put in Unpaid carers" in result.output
    assert ("  Unpaid carers: 10 yes and 0 no labels so far; the model needs at least 5 of each before it can be "
            "tried, so its keywords decide.") in result.output.splitlines()


def test_bad_labels_give_clear_errors(tmp_path: Path) -> None:
    config = _setup(tmp_path, [story(1)])
    _build(config, 0)
    item = _id(tmp_path, "https://example.org/research/1")
    runner = CliRunner()

    unknown_item = runner.invoke(main, ["label", "nope", "carers", "--config", str(config)])
    unknown_theme = runner.invoke(main, ["label", item, "carer", "--config", str(config)])
    runner.invoke(main, ["label", item, "carers", "--config", str(config)])
    contradiction = runner.invoke(main, ["label", item, "carers", "--not", "--config", str(config)])
    replaced = runner.invoke(main, ["label", item, "carers", "--not", "--replace", "--config", str(config)])

    assert unknown_item.exit_code == 2 and "there is no item with the id 'nope'" in unknown_item.output
    assert "that broker review lists" in unknown_item.output, "it names a command that really shows item ids"
    assert unknown_theme.output == ("Error: there is no theme called 'carer'. Did you mean 'carers'? "
                                    "Themes are: carers, knees\n")
    assert contradiction.exit_code == 2
    assert contradiction.output == (f"Error: item {item} is already labelled as in theme 'carers'. Keep the old "
                                    "label, or replace it by running the same command again with --replace\n")
    assert replaced.exit_code == 0
    with Store.open(tmp_path / "broker.db") as store:
        assert store.labels() == {item: {"carers": False}}


def test_labels_export_and_import_round_trip_and_report_bad_rows(tmp_path: Path) -> None:
    config = _setup(tmp_path, [story(1), story(2)])
    _build(config, 0)
    one, two = _id(tmp_path, "https://example.org/research/1"), _id(tmp_path, "https://example.org/research/2")
    runner = CliRunner()
    runner.invoke(main, ["label", one, "carers", "--config", str(config)])
    runner.invoke(main, ["label", two, "knees", "--not", "--config", str(config)])
    exported = runner.invoke(main, ["labels", "export", str(tmp_path / "labels.csv"), "--config", str(config)])
    assert exported.exit_code == 0
    text = (tmp_path / "labels.csv").read_text()
    assert text.splitlines()[0] == "item_id,theme,label,labelled,by,title"
    assert all(",cli:" in line for line in text.splitlines()[1:]), "who gave each label, from the command line"

    (tmp_path / "broker.db").unlink()
    _build(config, 1)
    (tmp_path / "more.csv").write_text(text + f"{one},carer,yes,,,\nzzz,carers,yes,,,\n{two},carers,maybe,,,\n"
                                       f"{two},knees,yes,,,\n")
    imported = runner.invoke(main, ["labels", "import", str(tmp_path / "more.csv"), "--config", str(config)])

    assert "2 labels added, 0 changed, 0 already here; 4 lines skipped." in imported.output
    assert "more.csv line 4: there is no theme 'carer'" in imported.output
    assert "more.csv line 5: there is no item 'zzz'" in imported.output
    assert "more.csv line 6: the label 'maybe' should be yes or no" in imported.output
    assert "more.csv line 7: contradicts an earlier line" in imported.output
    with Store.open(tmp_path / "broker.db") as store:
        assert store.labels() == {one: {"carers": True}, two: {"knees": False}}
        kept = {(r[0], r[1]): (r[3], r[4]) for r in store.label_rows()}
    exported_rows = {(r[0], r[1]): (r[3], r[4]) for r in (line.split(",") for line in text.splitlines()[1:])}
    assert kept == exported_rows, "an import keeps when and by whom each label was given"


def _seeded_files(tmp_path: Path) -> tuple[Path, Path]:
    """A few labelled rows, many unlabelled ones, and a test file: a curator's first weeks, as evaluate sees them."""
    from .test_learn import corpus

    texts, truth = corpus(400, seed=21)
    test_texts, test_truth = corpus(120, seed=22)
    labelled = {i for key in ("carers", "housing", "loneliness")
                for i in [n for n, about in enumerate(truth) if key in about][:6]}
    train = [{"id": f"t{n}", "title": "", "abstract": text, **({"themes": sorted(truth[n])} if n in labelled else {})}
             for n, text in enumerate(texts)]
    test = [{"id": f"d{n}", "title": "", "abstract": text, "themes": sorted(about)}
            for n, (text, about) in enumerate(zip(test_texts, test_truth, strict=True))]
    (tmp_path / "train.jsonl").write_text("".join(json.dumps(r) + "\n" for r in train))
    (tmp_path / "test.jsonl").write_text("".join(json.dumps(r) + "\n" for r in test))
    return tmp_path / "train.jsonl", tmp_path / "test.jsonl"


THEMES_ONLY = """
[themes.carers]
label = "Unpaid carers"
keywords = [{carers}]

[themes.housing]
label = "Housing"
keywords = [{housing}]

[themes.loneliness]
label = "Loneliness"
keywords = [{loneliness}]
"""


def test_evaluate_takes_a_themes_only_config_and_unlabelled_rows_so_keyword_seeds_show(tmp_path: Path) -> None:
    train, test = _seeded_files(tmp_path)
    seeded, bare = tmp_path / "seeded.toml", tmp_path / "bare.toml"
    seeded.write_text(THEMES_ONLY.format(carers='"young carers", "respite", "caring"',
                                         housing='"eviction", "homelessness", "council homes", "landlords", "rents"',
                                         loneliness='"isolated", "loneliness", "befriending", "alone"'))
    bare.write_text(THEMES_ONLY.format(carers="", housing="", loneliness=""))
    runner, scores = CliRunner(), {}
    for name, config in (("seeded", seeded), ("bare", bare)):
        result = runner.invoke(main, ["evaluate", "--train", str(train), "--test", str(test), "--config",
                                      str(config), "--predictions", str(tmp_path / f"{name}.jsonl")])
        assert result.exit_code == 0, result.output
        scores[name] = float(result.output.split("micro-F1 ")[1].split()[0])
    assert scores["seeded"] >= scores["bare"] + 0.10, scores


def test_a_training_row_with_themes_that_is_not_a_list_is_refused(tmp_path: Path) -> None:
    (tmp_path / "train.jsonl").write_text('{"id": "a", "title": "t", "abstract": "x", "themes": "carers"}\n')
    (tmp_path / "test.jsonl").write_text('{"id": "b", "title": "t", "abstract": "x"}\n')
    result = CliRunner().invoke(main, ["evaluate", "--train", str(tmp_path / "train.jsonl"), "--test",
                                       str(tmp_path / "test.jsonl"), "--predictions", str(tmp_path / "p.jsonl")])
    assert result.exit_code == 2
    assert 'train.jsonl line 1: "themes" must be a list of theme keys' in result.output
