"""The curator loop on a small new group: no label can stop a build, a few labels never undo the keywords,
the model takes a theme over only when it beats them, and what was sent stays as it was sent."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from broker.cli import main
from broker.learn import model as learned
from broker.models import Theme
from broker.store import Store

from .feeds import Story, rss

# A new carers' forum's first dozen items, spread over four feeds, as the issue's trial had them.
ITEMS = [
    ("Respite breaks and carer wellbeing: a survey of 400 unpaid carers",
     "We surveyed unpaid carers about respite breaks. Carers who had regular respite reported better wellbeing."),
    ("What young carers need from their school",
     "Young carers told us teachers rarely knew about their caring role. Schools with a named lead helped."),
    ("Carers' assessments in three councils", "We interviewed carers about their assessments. Many were not "
     "offered one."),
    ("Autistic girls and masking at secondary school",
     "Autistic girls described masking their differences at school, which left them exhausted."),
    ("Exclusions from primary school for children with SEND",
     "Children with special educational needs were excluded more often than their peers."),
    ("Teaching assistants and pupils with EHC plans",
     "Pupils with education, health and care plans spent more time with teaching assistants than teachers."),
    ("Hospital discharge and family caregivers", "Family caregivers felt left out of discharge planning."),
    ("Loneliness in older people living alone", "Older people living alone reported loneliness."),
    ("Funding for social care: a briefing", "Councils face rising costs for adult social care."),
    ("Parent carers of disabled children: sleep and stress",
     "Parent carers of disabled children slept less and reported more stress than other parents."),
    ("School transport for disabled pupils", "Disabled pupils often faced long journeys to special schools."),
    ("A trial of a carer support app", "A randomised trial tested an app for carers of people with dementia."),
]
THEMES = """
[themes.carers]
label = "Unpaid carers"
keywords = ["carer", "caregiver", "respite", "wellbeing"]

[themes.school]
label = "School and SEND"
keywords = ["school", "SEND", "EHC plan", "pupils"]

[groups.riverside]
name = "Riverside Carers"
themes = ["carers", "school"]
"""


def _group(tmp_path: Path, items: list[tuple[str, str]] = ITEMS, feeds: int = 4) -> Path:
    for f in range(feeds):
        stories = [Story(title=t, summary=s, link=f"https://example.org/r/{n}", guid=f"g{n}")
                   for n, (t, s) in enumerate(items) if n % feeds == f]
        (tmp_path / f"feed{f}.xml").write_text(rss(stories, title=f"Feed {f}"), encoding="utf-8")
    config = tmp_path / "feeds.toml"
    config.write_text('[broker]\ntitle = "Riverside"\nbase_url = "https://example.org/d/"\nbacklog_days = 3650\n'
                      + "".join(f'\n[[feeds]]\nname = "Feed {f}"\nurl = "feed{f}.xml"\n' for f in range(feeds))
                      + THEMES, encoding="utf-8")
    return config


def _cli(config: Path, *args: str) -> Result:
    return CliRunner().invoke(main, [*args, "--config", str(config)])


def _ok(result: Result) -> Result:
    """Exit 0, and nothing escaped as a traceback."""
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    return result


def _ids(tmp_path: Path) -> dict[str, str]:
    with Store.open(tmp_path / "broker.db") as store:
        return {title: item_id for item_id, title in store.db.execute("select id, title from items")}


def _decided(tmp_path: Path, theme: str) -> set[str]:
    """Titles of the items now in a theme."""
    with Store.open(tmp_path / "broker.db") as store:
        return {r[0] for r in store.db.execute(
            "select i.title from items i join item_themes t on t.item_id = i.id where t.theme = ? and t.chosen = 1",
            [theme])}


def test_no_pattern_of_labels_stops_a_build_or_evaluate(tmp_path: Path) -> None:
    config = _group(tmp_path)
    _ok(_cli(config, "build"))
    ids = list(_ids(tmp_path).values())
    patterns: list[tuple[str, list[tuple[str, str, bool]]]] = [
        ("1 yes", [(ids[0], "carers", True)]),
        ("1 no", [(ids[1], "school", False)]),
        ("2 yes and 3 no", [(ids[2], "carers", True), (ids[3], "carers", True), (ids[4], "carers", False),
                            (ids[5], "carers", False), (ids[6], "carers", False)]),
        ("all yes", [(i, "school", True) for i in ids]),
        ("5 and 5", [(i, "carers", n < 5) for n, i in enumerate(ids[:10])]),
    ]
    for name, labels in patterns:
        for item_id, theme, yes in labels:
            _ok(_cli(config, "label", item_id, theme, *([] if yes else ["--not"]), "--replace"))
        built, evaluated = _ok(_cli(config, "build")), _ok(_cli(config, "evaluate"))
        assert "Who decides each theme:" in evaluated.output, name
        assert "Error" not in built.output + evaluated.output, name
    for item_id in ids:
        for theme in ("carers", "school"):
            _ok(_cli(config, "label", item_id, theme, "--remove"))
    _ok(_cli(config, "build"))
    after = _ok(_cli(config, "evaluate"))
    assert "There are no labels yet" in after.output
    assert _decided(tmp_path, "carers") == {t for t, s in ITEMS if any(
        k in (t + " " + s).lower() for k in ("carer", "caregiver", "respite", "wellbeing"))}


def test_a_theme_with_three_labels_keeps_its_keyword_decisions(tmp_path: Path) -> None:
    config = _group(tmp_path)
    _ok(_cli(config, "build"))
    before = _decided(tmp_path, "carers")
    ids = _ids(tmp_path)
    _ok(_cli(config, "label", ids["Respite breaks and carer wellbeing: a survey of 400 unpaid carers"], "carers"))
    _ok(_cli(config, "label", ids["Loneliness in older people living alone"], "carers"))  # no keyword: a yes
    _ok(_cli(config, "label", ids["What young carers need from their school"], "carers", "--not"))

    _ok(_cli(config, "build"))

    after = _decided(tmp_path, "carers")
    assert after == (before | {"Loneliness in older people living alone"}) - {"What young carers need from their "
                                                                               "school"}
    assert "Respite breaks and carer wellbeing: a survey of 400 unpaid carers" in after
    status = _ok(_cli(config, "status")).output
    assert ("  Unpaid carers: 2 yes and 1 no labels so far; the model needs at least 5 of each before it can be "
            "tried, so its keywords decide.") in status.splitlines()


LOOKING_AFTER = [
    (f"Looking after a relative at home: study {n}", f"Family members who look after a relative with {what} "
     "told us about tiredness, money and breaks.")
    for n, what in enumerate(["dementia", "stroke", "MS", "cancer", "Parkinson's", "autism", "a brain injury",
                              "heart failure", "COPD", "sight loss"])
]
OTHER = [
    (f"Hospital car parking charges: report {n}", f"We listed what visitors pay at {what} across England.")
    for n, what in enumerate(["40 car parks", "city hospitals", "rural hospitals", "children's hospitals",
                              "mental health units", "hospices", "GP surgeries", "dental practices",
                              "walk-in centres", "eye clinics"])
]


def test_the_model_takes_over_a_theme_once_it_beats_its_keywords(tmp_path: Path) -> None:
    # The keywords miss every "looking after a relative" item; the curators' labels teach that they belong.
    items = LOOKING_AFTER + OTHER + ITEMS
    config = _group(tmp_path, items)
    _ok(_cli(config, "build"))
    ids = _ids(tmp_path)
    for title, _ in LOOKING_AFTER[:7]:
        _ok(_cli(config, "label", ids[title], "carers"))
    for title, _ in OTHER[:7]:
        _ok(_cli(config, "label", ids[title], "carers", "--not"))

    _ok(_cli(config, "build"))

    unlabelled = {title for title, _ in LOOKING_AFTER[7:]}
    assert unlabelled <= _decided(tmp_path, "carers"), "the model found items the keywords missed"
    status = _ok(_cli(config, "status")).output
    line = next(x for x in status.splitlines() if x.startswith("  Unpaid carers: "))
    assert line.startswith("  Unpaid carers: the model decides: checked against 7 yes and 7 no labels")
    assert "  School and SEND: no labels yet, so its keywords decide." in status.splitlines()
    evaluated = _ok(_cli(config, "evaluate")).output
    assert "Unpaid carers: the model decides" in evaluated


def test_a_theme_whose_model_fails_keeps_its_keywords_and_says_so_in_one_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    items = LOOKING_AFTER + OTHER + ITEMS
    config = _group(tmp_path, items)
    _ok(_cli(config, "build"))
    before = _decided(tmp_path, "carers")
    ids = _ids(tmp_path)
    for title, _ in LOOKING_AFTER[:6]:
        _ok(_cli(config, "label", ids[title], "carers"))
    for title, _ in OTHER[:6]:
        _ok(_cli(config, "label", ids[title], "carers", "--not"))
    real_fit = learned._fit_theme

    def failing(*args: object, **kwargs: object) -> object:
        raise ValueError("Input X contains NaN.")

    monkeypatch.setattr(learned, "_fit_theme", failing)

    built = _ok(_cli(config, "build"))

    problems = [line for line in built.output.splitlines() if "could not learn" in line]
    assert problems == ["Theme 'carers' (Unpaid carers): the model could not learn from its labels (ValueError: "
                        "Input X contains NaN.), so its keywords decide. Check its labels with: broker labels export"]
    labelled_yes = {title for title, _ in LOOKING_AFTER[:6]}
    assert _decided(tmp_path, "carers") == before | labelled_yes, "keywords, with labelled items following labels"
    monkeypatch.setattr(learned, "_fit_theme", real_fit)
    assert "could not learn" not in _ok(_cli(config, "build")).output


def test_words_that_counted_are_never_stop_words() -> None:
    texts = [f"Carers told us their breaks did not help, and their respite was not enough ({n})" for n in range(12)]
    texts += [f"The school said the pupils did well in the tests ({n})" for n in range(12)]
    labels = [{"carers": n < 12} for n in range(24)]
    model = learned.ThemeModel.train(texts, labels, [Theme("carers", "Carers", keywords=("school",))])
    why = {w for row in model.decide(texts) for d in row for w in d.why}
    assert model.learned == ("carers",) and why
    assert not why & {"their", "not", "the", "did", "and", "was", "in", "us"}, why


def test_a_sent_digest_keeps_its_why_while_the_item_page_shows_todays(tmp_path: Path) -> None:
    config = _group(tmp_path)
    _ok(_cli(config, "build"))
    ids = _ids(tmp_path)
    school = ids["What young carers need from their school"]
    sent = (tmp_path / "site" / "riverside" / next((tmp_path / "site" / "riverside").glob("2*.html")).name)
    page_before = sent.read_text()
    assert "Unpaid carers (it mentions carer)" in page_before

    _ok(_cli(config, "label", school, "carers", "--not"))
    _ok(_cli(config, "build"))

    assert sent.read_text().count("Unpaid carers (it mentions carer)") == page_before.count(
        "Unpaid carers (it mentions carer)"), "the digest page is as it was sent"
    item_page = (tmp_path / "site" / "items" / f"{school}.html").read_text()
    assert "Unpaid carers" not in item_page.split("Why this is", 1)[1].split("</p>", 1)[0]
    with Store.open(tmp_path / "broker.db") as store:
        (row,) = store.db.execute("select themes from digest_items where item_id = ?", [school]).fetchall()
    assert ["carers", ["carer"], 1.0] in json.loads(row[0])


def test_a_label_is_taken_back_with_remove(tmp_path: Path) -> None:
    config = _group(tmp_path)
    _ok(_cli(config, "build"))
    item = _ids(tmp_path)["Funding for social care: a briefing"]
    _ok(_cli(config, "label", item, "carers"))

    removed = _ok(_cli(config, "label", item, "carers", "--remove"))
    again = _ok(_cli(config, "label", item, "carers", "--remove"))
    both = _cli(config, "label", item, "carers", "--remove", "--not")

    assert removed.output.startswith(f"Removed the label of {item} for Unpaid carers: “Funding for social care: a "
                                     "briefing”.")
    assert again.output == f"{item} has no label for Unpaid carers; nothing to remove.\n"
    assert both.exit_code == 2
    with Store.open(tmp_path / "broker.db") as store:
        assert store.labels() == {}
