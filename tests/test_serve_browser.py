"""broker serve's pages in real headless Chromium: axe-core at WCAG 2.2 AA on every page, and every form
used with the keyboard alone."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page, sync_playwright

from .browser import CHROMIUM_ARGS, WCAG_TAGS, chromium_path
from .conftest import REPO
from .serving import Served, link_in, serving, wait_for_mail

SCREENSHOTS = REPO / "test-artefacts" / "screenshots"


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    with serving(tmp_path_factory.mktemp("serve")) as running:
        yield running


@pytest.fixture(scope="module")
def browser(served: Served) -> Iterator[Browser]:
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


def _violations(page: Page) -> list[str]:
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
    return [f"{v['id']}: {v['help']} at {[n['target'] for n in v['nodes'][:3]]}"
            for v in results.response["violations"]]


def _tab_to(page: Page, selector: str, most: int = 20) -> None:
    """Press Tab until the element is focused, as someone without a mouse would."""
    for _ in range(most):
        page.keyboard.press("Tab")
        if page.evaluate(f"document.activeElement === document.querySelector({selector!r})"):
            return
    raise AssertionError(f"Tab never reached {selector}")


def _submit_with_enter(page: Page) -> None:
    with page.expect_navigation():
        page.keyboard.press("Enter")


def test_every_public_page_has_no_axe_violations_and_works_with_the_keyboard_alone(
        served: Served, browser: Browser) -> None:
    checked: dict[str, list[str]] = {}
    page = browser.new_context(viewport={"width": 390, "height": 844}).new_page()

    page.goto(served.url + "subscribe/forum")
    checked["subscribe"] = _violations(page)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "serve-subscribe-390.png"), full_page=True)
    _tab_to(page, "#email")
    page.keyboard.type("not an address")
    _tab_to(page, "button[type=submit]")
    _submit_with_enter(page)
    assert "There is a problem" in page.content()
    checked["subscribe with a problem"] = _violations(page)

    page.goto(served.url + "subscribe/forum")
    _tab_to(page, "#email")
    page.keyboard.type("keys@example.org")
    _tab_to(page, "#name")
    page.keyboard.type("Kay")
    _tab_to(page, "button[type=submit]")
    _submit_with_enter(page)
    assert page.locator("h1").inner_text() == "Check your inbox"
    checked["check your inbox"] = _violations(page)

    link = link_in(wait_for_mail(served.smtp, 1)[-1], served.url + "confirm/")
    page.goto(link)
    checked["confirm"] = _violations(page)
    _tab_to(page, "button[type=submit]")
    _submit_with_enter(page)
    assert page.locator("h1").inner_text() == "You are subscribed"
    checked["subscribed"] = _violations(page)
    assert served.states()["keys@example.org"] == "subscribed"

    assert served.broker("build").returncode == 0
    digest = next(m for m in wait_for_mail(served.smtp, 2) if "new research" in m["Subject"])
    preferences = link_in(digest, served.url + "preferences/")
    one_click = digest["List-Unsubscribe"].split("<", 1)[1].split(">", 1)[0]

    page.goto(preferences)
    checked["preferences"] = _violations(page)
    _tab_to(page, "#stop-forum")
    page.keyboard.press("Space")
    _tab_to(page, "button[type=submit]")
    _submit_with_enter(page)
    assert "Stopped: Carers Forum." in page.content()
    checked["preferences, done"] = _violations(page)

    page.goto(one_click)
    checked["unsubscribe"] = _violations(page)
    _tab_to(page, "button[type=submit]")
    _submit_with_enter(page)
    assert page.locator("h1").inner_text() == "You have unsubscribed"
    checked["unsubscribed"] = _violations(page)

    page.goto(served.url + "no/such/page")
    checked["not found"] = _violations(page)
    page.goto(served.url + "confirm/changed.AAAAAAAAAAAA")
    checked["bad link"] = _violations(page)

    assert {name: found for name, found in checked.items() if found} == {}
    assert len(checked) == 11


def test_the_group_page_on_the_site_links_to_the_sign_up_form(served: Served) -> None:
    assert served.broker("build").returncode == 0
    page = (Path(served.config).parent / "site" / "forum" / "index.html").read_text()
    assert f'href="{served.url}subscribe/forum">Get this digest by email</a>' in page
