"""The curators' console in real headless Chromium: labelling with the keyboard alone, axe-core at WCAG 2.2 AA
on every console page, and the screenshots the README shows."""

from __future__ import annotations

import csv
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from .browser import chromium, submit_with_enter, tab_to, violations
from .conftest import REPO
from .serving import Served, running
from .smtp import SmtpServer, free_port

SCREENSHOTS = REPO / "test-artefacts" / "screenshots"
CURATOR, ADMIN = ("keys@example.org", "a long keyboard password"), ("boss@example.org", "a long admin password")


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    """The bundled demo, with broker serve, a real SMTP server, and one group that needs approval."""
    work = tmp_path_factory.mktemp("console-browser")
    shutil.copytree(REPO / "examples", work / "examples")
    config = work / "examples" / "demo.toml"
    smtp, port = SmtpServer().start(), free_port()
    text = config.read_text().replace('name = "Southwark Carers Forum"\n',
                                      'name = "Southwark Carers Forum"\napproval = true\n')
    config.write_text(text + f'\n[web]\nurl = "http://127.0.0.1:{port}/join/"\n'
                      f'\n[email]\nfrom = "digest@example.org"\nsmtp_host = "127.0.0.1"\nsmtp_port = {smtp.port}\n'
                      'security = "none"\n')
    try:
        with running(config, port, smtp) as served_:
            for (email, password), extra in ((CURATOR, ["--name", "Kay"]), (ADMIN, ["--admin"])):
                assert served_.broker("curators", "add", email, *extra, given=password + "\n").returncode == 0
            assert served_.broker("subscribe", "southwark-carers", "member@example.net").returncode == 0
            assert served_.broker("build").returncode == 0
            yield served_
    finally:
        smtp.stop()


@pytest.fixture(scope="module")
def browser(served: Served) -> Iterator[Browser]:
    with chromium() as launched:
        yield launched


def _sign_in_with_keys(page: Page, served: Served, who: tuple[str, str]) -> None:
    page.goto(served.url + "console/")
    assert page.url.endswith("/console/sign-in"), "no session: sent to sign in"
    tab_to(page, "#email")
    page.keyboard.type(who[0])
    tab_to(page, "#password")
    page.keyboard.type(who[1])
    submit_with_enter(page)
    assert page.locator("h1").inner_text() == "What needs doing"


def test_a_curator_labels_three_items_with_the_keyboard_and_export_shows_who(served: Served,
                                                                            browser: Browser) -> None:
    page = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    _sign_in_with_keys(page, served, CURATOR)
    page.goto(served.url + "console/review")
    labelled = []
    for _ in range(3):
        first_yes = "article.review-item button[value=yes]"
        labelled.append(page.locator("article.review-item input[name=item]").first.get_attribute("value"))
        page.keyboard.press("Home")
        tab_to(page, first_yes)
        submit_with_enter(page)
        assert "Saved: item" in page.locator("[role=status]").inner_text()
    out = Path(served.config).parent / "by.csv"
    assert served.broker("labels", "export", str(out)).returncode == 0
    rows = {(r["item_id"], r["by"]) for r in csv.DictReader(out.open())}
    assert {(item, CURATOR[0]) for item in labelled} <= rows
    assert len(set(labelled)) == 3


def test_every_console_page_has_no_axe_violations_and_the_readme_screenshots(served: Served,
                                                                            browser: Browser) -> None:
    checked: dict[str, list[str]] = {}
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for width in (390, 1280):
        page = browser.new_context(viewport={"width": width, "height": 900}).new_page()
        page.goto(served.url + "console/sign-in")
        checked[f"sign in at {width}"] = violations(page)
        _sign_in_with_keys(page, served, ADMIN)
        item = page.goto(served.url + "console/review") and page.locator(
            "article.review-item input[name=item]").first.get_attribute("value")
        for name, path in (("home", "console/"), ("review", "console/review"), ("item", f"console/items/{item}"),
                           ("drafts", "console/drafts"), ("feeds", "console/feeds"),
                           ("themes", "console/themes?theme=carers&keywords=carers,respite"),
                           ("subscribers", "console/subscribers?q=example")):
            page.goto(served.url + path)
            checked[f"{name} at {width}"] = violations(page)
            if name in ("review", "drafts"):
                page.screenshot(path=str(SCREENSHOTS / f"console-{name}-{width}.png"), full_page=name == "drafts")
    assert {name: found for name, found in checked.items() if found} == {}
    assert len(checked) == 16
