"""broker serve's pages in real headless Chromium: axe-core at WCAG 2.2 AA on every page, and every form
used with the keyboard alone."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from .browser import chromium, submit_with_enter, tab_to, violations
from .conftest import REPO
from .serving import Served, link_in, serving, wait_for_mail

SCREENSHOTS = REPO / "test-artefacts" / "screenshots"


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    with serving(tmp_path_factory.mktemp("serve")) as running:
        yield running


@pytest.fixture(scope="module")
def browser(served: Served) -> Iterator[Browser]:
    with chromium() as launched:
        yield launched


def test_every_public_page_has_no_axe_violations_and_works_with_the_keyboard_alone(
        served: Served, browser: Browser) -> None:
    checked: dict[str, list[str]] = {}
    page = browser.new_context(viewport={"width": 390, "height": 844}).new_page()

    page.goto(served.url + "subscribe/forum")
    checked["subscribe"] = violations(page)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "serve-subscribe-390.png"), full_page=True)
    tab_to(page, "#email")
    page.keyboard.type("not an address")
    tab_to(page, "button[type=submit]")
    submit_with_enter(page)
    assert "There is a problem" in page.content()
    checked["subscribe with a problem"] = violations(page)

    page.goto(served.url + "subscribe/forum")
    tab_to(page, "#email")
    page.keyboard.type("keys@example.org")
    tab_to(page, "#name")
    page.keyboard.type("Kay")
    tab_to(page, "button[type=submit]")
    submit_with_enter(page)
    assert page.locator("h1").inner_text() == "Check your inbox"
    checked["check your inbox"] = violations(page)

    link = link_in(wait_for_mail(served.smtp, 1)[-1], served.url + "confirm/")
    page.goto(link)
    checked["confirm"] = violations(page)
    tab_to(page, "button[type=submit]")
    submit_with_enter(page)
    assert page.locator("h1").inner_text() == "You are subscribed"
    checked["subscribed"] = violations(page)
    assert served.states()["keys@example.org"] == "subscribed"

    assert served.broker("build").returncode == 0
    digest = next(m for m in wait_for_mail(served.smtp, 2) if "new research" in m["Subject"])
    preferences = link_in(digest, served.url + "preferences/")
    one_click = digest["List-Unsubscribe"].split("<", 1)[1].split(">", 1)[0]

    page.goto(preferences)
    checked["preferences"] = violations(page)
    tab_to(page, "#stop-forum")
    page.keyboard.press("Space")
    tab_to(page, "button[type=submit]")
    submit_with_enter(page)
    assert "Stopped: Carers Forum." in page.content()
    checked["preferences, done"] = violations(page)

    page.goto(one_click)
    checked["unsubscribe"] = violations(page)
    tab_to(page, "button[type=submit]")
    submit_with_enter(page)
    assert page.locator("h1").inner_text() == "You have unsubscribed"
    checked["unsubscribed"] = violations(page)

    page.goto(served.url + "no/such/page")
    checked["not found"] = violations(page)
    page.goto(served.url + "confirm/changed.AAAAAAAAAAAA")
    checked["bad link"] = violations(page)

    assert {name: found for name, found in checked.items() if found} == {}
    assert len(checked) == 11


def test_the_group_page_on_the_site_links_to_the_sign_up_form(served: Served) -> None:
    assert served.broker("build").returncode == 0
    page = (Path(served.config).parent / "site" / "forum" / "index.html").read_text()
    assert f'href="{served.url}subscribe/forum">Get this digest by email</a>' in page
