"""The website and the email in real headless Chromium: axe-core at WCAG 2.2 AA, phone and desktop
screenshots, zoom, print, large print, no-JavaScript reading, and search."""

from __future__ import annotations

import email
import email.policy
import re
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe
from click.testing import CliRunner
from playwright.sync_api import Browser, Page, sync_playwright
from pytest_httpserver import HTTPServer

from broker import pipeline
from broker.cli import main
from broker.config import load_config
from broker.models import PART_LABELS

from .browser import CHROMIUM_ARGS, WCAG_TAGS, chromium_path, serve
from .conftest import FIXED_NOW, REPO
from .feeds import rss, story, write_config

SCREENSHOTS = REPO / "test-artefacts" / "screenshots"
PAGE_BUDGET = 50 * 1024


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The demo, built once for every test here (before any browser starts)."""
    work = tmp_path_factory.mktemp("browser")
    shutil.copytree(REPO / "examples", work / "examples")
    result = CliRunner().invoke(main, ["build", "--config", str(work / "examples" / "demo.toml")])
    assert result.exit_code == 0, result.output
    config = load_config(work / "examples" / "demo.toml")
    site = config.output.resolve()
    group = config.groups[0].key
    digest = sorted(p.name for p in (site / group).glob("20*.html"))[-1]
    item = sorted((site / "items").glob("*.html"))[0].name
    return {
        "site": site,
        "outbox": config.outbox,
        "pages": {"home": "index.html", "group": f"{group}/index.html", "digest": f"{group}/{digest}",
                  "item": f"items/{item}", "theme": f"themes/{config.themes[0].key}.html",
                  "search": "search/index.html", "status": "_status/index.html"},
    }


@pytest.fixture(scope="module")
def browser(demo: dict[str, Any]) -> Iterator[Browser]:
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def base_url(demo: dict[str, Any]) -> Iterator[str]:
    with serve(demo["site"]) as url:
        yield url


def _open(browser: Browser, url: str, **context: Any) -> Page:
    page = browser.new_context(**context).new_page()
    page.goto(url)
    return page


def _violations(page: Page) -> list[str]:
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
    return [f"{v['id']}: {v['help']} at {[n['target'] for n in v['nodes'][:3]]}"
            for v in results.response["violations"]]


@pytest.mark.parametrize("kind", ["home", "group", "digest", "item", "theme", "search", "status"])
def test_every_page_type_has_no_axe_violations(browser: Browser, demo: dict[str, Any], base_url: str,
                                               kind: str) -> None:
    # axe is injected by script, so this context lets it past the pages' strict CSP.
    page = _open(browser, base_url + demo["pages"][kind], bypass_csp=True)
    page.wait_for_load_state("networkidle")
    assert _violations(page) == []


def test_the_email_html_has_no_axe_violations_and_a_readable_text_part(browser: Browser,
                                                                       demo: dict[str, Any]) -> None:
    eml = sorted(demo["outbox"].glob("*/*.eml"))[0]
    message = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
    html = message.get_body(("html",)).get_content()  # type: ignore[union-attr]
    text = message.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    page = browser.new_context(bypass_csp=True).new_page()
    page.set_content(html)
    assert _violations(page) == []
    assert max(len(line) for line in text.splitlines()) < 200
    assert "<" not in text.replace("<http", ""), "the text part carries no markup"
    for label in PART_LABELS:
        assert f"   {label}: " in text and f"{label}:" in page.locator(".part-label").all_inner_texts()
    assert "Where it came from: " in text


def test_the_three_parts_show_labelled_on_item_and_digest_pages(browser: Browser, demo: dict[str, Any],
                                                                 base_url: str) -> None:
    homeward = next(p.name for p in (demo["site"] / "items").glob("*.html")
                    if "Home-Based Support after Hospital Discharge" in p.read_text(encoding="utf-8"))
    page = _open(browser, base_url + f"items/{homeward}", viewport={"width": 1280, "height": 900}, bypass_csp=True)
    parts = page.locator(".plain-parts")
    assert parts.locator("dt").all_inner_texts() == list(PART_LABELS)
    assert parts.is_visible()
    assert "HOMEWARD did not clearly reduce readmissions, but carers felt less strained." in parts.inner_text()
    assert "could be down to chance" in parts.locator("dd").nth(2).inner_text()
    assert _violations(page) == []
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "item-three-parts-1280.png"), full_page=True)

    digest = _open(browser, base_url + demo["pages"]["digest"], bypass_csp=True)
    cards = digest.locator("article.item")
    assert cards.count() > 1
    for n in range(cards.count()):
        labels = cards.nth(n).locator(".plain-parts dt").all_inner_texts()
        assert labels and labels == [label for label in PART_LABELS if label in labels], labels
    assert digest.locator(".plain-parts dt", has_text="How sure we can be").count() >= 1
    assert _violations(digest) == []


@pytest.mark.parametrize("kind", ["home", "group", "digest", "item"])
@pytest.mark.parametrize("width", [390, 1280])
def test_screenshots_at_phone_and_desktop_widths_with_no_sideways_scrolling(
        browser: Browser, demo: dict[str, Any], base_url: str, kind: str, width: int) -> None:
    page = _open(browser, base_url + demo["pages"][kind], viewport={"width": width, "height": 900})
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{kind}-{width}.png"), full_page=True)
    assert page.evaluate("document.documentElement.scrollWidth") <= width


@pytest.mark.parametrize("kind", ["home", "group", "digest", "item", "theme", "status"])
def test_pages_are_light_and_read_without_javascript(browser: Browser, demo: dict[str, Any], base_url: str,
                                                     kind: str) -> None:
    html = (demo["site"] / demo["pages"][kind]).read_bytes()
    css = (demo["site"] / "style.css").read_bytes()
    assert len(html) + len(css) < PAGE_BUDGET
    page = _open(browser, base_url + demo["pages"][kind], java_script_enabled=False)
    assert page.locator("h1").count() == 1 and page.locator("h1").is_visible()
    assert page.locator("main").inner_text().strip()
    assert page.locator("html").get_attribute("lang") == "en-GB"
    assert page.locator("script").count() == 0


def test_text_zoomed_to_200_percent_still_fits(browser: Browser, demo: dict[str, Any], base_url: str) -> None:
    # 200% zoom on a 1280-pixel screen lays the page out in 640 CSS pixels at twice the size.
    page = _open(browser, base_url + demo["pages"]["digest"], viewport={"width": 640, "height": 800},
                 device_scale_factor=2)
    assert page.evaluate("document.documentElement.scrollWidth") <= 640


def test_the_skip_link_comes_first_and_focus_is_visible(browser: Browser, demo: dict[str, Any],
                                                        base_url: str) -> None:
    page = _open(browser, base_url + demo["pages"]["digest"])
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Skip to main content"
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def test_large_print_works_without_javascript(browser: Browser, demo: dict[str, Any], base_url: str) -> None:
    page = _open(browser, base_url + demo["pages"]["digest"], java_script_enabled=False)
    before = page.evaluate("parseFloat(getComputedStyle(document.querySelector('main p, main h2')).fontSize)")
    page.get_by_label("Large print").check()
    after = page.evaluate("parseFloat(getComputedStyle(document.querySelector('main p, main h2')).fontSize)")
    assert after >= before * 1.4


def test_the_print_view_fits_a4_with_no_navigation(browser: Browser, demo: dict[str, Any], base_url: str,
                                                   tmp_path: Path) -> None:
    page = _open(browser, base_url + demo["pages"]["digest"])
    page.emulate_media(media="print")
    for selector in (".site-nav", ".display-options", ".site-footer", ".skip-link"):
        assert not page.locator(selector).first.is_visible(), selector
    # A4 is 210 mm wide; less 16 mm margins each side leaves about 674 CSS pixels.
    page.set_viewport_size({"width": 674, "height": 1000})
    assert page.evaluate("document.documentElement.scrollWidth") <= 674
    pdf = tmp_path / "digest.pdf"
    page.pdf(path=str(pdf), format="A4", prefer_css_page_size=True)
    boxes = re.findall(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", pdf.read_bytes())
    assert boxes and all(abs(float(w) - 595.3) < 1 and abs(float(h) - 841.9) < 1 for w, h in boxes), boxes


def test_search_finds_an_item_by_a_word_in_its_summary(browser: Browser, demo: dict[str, Any],
                                                       base_url: str) -> None:
    page = _open(browser, base_url + demo["pages"]["search"])
    page.locator(".pagefind-ui__search-input").fill("HOMEWARD")
    result = page.locator(".pagefind-ui__result-link").first
    result.wait_for(timeout=15_000)
    assert "Home-Based Support after Hospital Discharge" in result.inner_text()
    assert "/items/" in (result.get_attribute("href") or "")


def test_one_search_covers_digests_from_different_periods_under_a_sub_path(
        browser: Browser, feed_server: HTTPServer, tmp_path: Path) -> None:
    """Each period has its own index; the search box merges them, and links work when the site is not at /."""
    last_year = datetime(2025, 12, 1, 9, 0, tzinfo=UTC)
    feed_server.expect_request("/feed").respond_with_data(
        rss([story(1, summary="Unpaid carers who kept a KINGFISHER diary slept better.")]),
        content_type="application/rss+xml")
    write_config(tmp_path / "feeds.toml", [("Carers", feed_server.url_for("/feed"))])
    pipeline.build(load_config(tmp_path / "feeds.toml"), clock=lambda: last_year)
    feed_server.clear()
    feed_server.expect_request("/feed").respond_with_data(
        rss([story(1, summary="Unpaid carers who kept a KINGFISHER diary slept better."),
             story(2, summary="Unpaid carers in the HEDGEHOG scheme had more short breaks.")]),
        content_type="application/rss+xml")
    report = pipeline.build(load_config(tmp_path / "feeds.toml"), clock=lambda: FIXED_NOW)
    assert sorted(p.name for p in (Path(report.site) / "pagefind").iterdir()) == ["2025", "2026-11"]
    served = tmp_path / "www"
    served.mkdir()
    (served / "digest").symlink_to(Path(report.site))

    with serve(served) as url:
        page = _open(browser, url + "digest/search/index.html")
        for word, title in (("KINGFISHER", "Study 1"), ("HEDGEHOG", "Study 2")):
            page.locator(".pagefind-ui__search-input").fill(word)
            result = page.locator(".pagefind-ui__result-link").filter(has_text=title)
            result.wait_for(timeout=15_000)
            href = result.get_attribute("href") or ""
            assert href.startswith("/digest/items/"), href
            assert page.locator(".pagefind-ui__result-link").count() == 1
