"""Strangers' text in every field a feed or config can carry: nothing executes in a reader's browser or mail."""

from __future__ import annotations

import email
import email.policy
import re
from pathlib import Path
from xml.sax.saxutils import escape

import html5lib
import pytest
from click.testing import CliRunner

from broker.cli import main

PAYLOADS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(2)>",
    "<svg onload=alert(3)><script>alert(3)</script></svg>",
    "\"><script>alert(4)</script>",
    "'><a href=javascript:alert(5)>x</a>",
    "<math><mi xlink:href=\"javascript:alert(6)\">x</mi></math>",
    "<iframe src=\"javascript:alert(7)\"></iframe>",
    "<body onload=alert(8)>",
    "<a href=\"  JaVaScRiPt:alert(9)\">click</a>",
    "<style>@import 'javascript:alert(10)';</style>",
    "</title><script>alert(11)</script>",
    "]]><script>alert(12)</script>",
    "<object data=\"data:text/html,<script>alert(13)</script>\"></object>",
    "<details open ontoggle=alert(14)>",
]
LINKS = ["javascript:alert(20)", "  javascript:alert(21)", "data:text/html,<script>alert(22)</script>",
         "vbscript:msgbox(23)", "https://example.org/ok?<script>alert(24)</script>"]


def _feed() -> str:
    items = []
    for n, payload in enumerate(PAYLOADS):
        link = LINKS[n % len(LINKS)]
        items.append(
            f"<item><title>{escape('Carer study ' + str(n) + ' ' + payload)}</title>"
            f"<link>{escape(link)}</link><guid isPermaLink=\"false\">x{n}</guid>"
            f"<dc:creator>{escape(payload)}</dc:creator>"
            f"<category>{escape(payload)}</category>"
            f"<description>{escape('A caregiver study. ' + payload + ' It found things.')}</description>"
            f"<content:encoded>{escape('<p>carer</p>' + payload)}</content:encoded>"
            "<pubDate>Mon, 16 Nov 2026 10:00:00 GMT</pubDate></item>")
    return ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
            f"<channel><title>{escape(PAYLOADS[0])}</title><link>https://example.org/</link>"
            "<description>x</description>" + "".join(items) + "</channel></rss>")


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("xss")
    (root / "feed.xml").write_text(_feed(), encoding="utf-8")
    feed_name = PAYLOADS[1].replace('"', "'")
    (root / "feeds.toml").write_text(
        '[broker]\ntitle = "Digest <script>alert(30)</script>"\nbase_url = "https://example.org/digest/"\n'
        "backlog_days = 3650\n"
        f'[[feeds]]\nname = "{feed_name}"\nurl = "feed.xml"\norganisation = "{feed_name}"\n'
        '[themes.carers]\nlabel = "Carers <img src=x onerror=alert(31)>"\nkeywords = ["carer", "caregiver"]\n'
        '[groups.forum]\nname = "Forum <script>alert(32)</script>"\nthemes = ["carers"]\nmax_items = 50\n',
        encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(main, ["subscribe", "forum", "a@example.net", "--config", str(root / "feeds.toml")]) \
        .exit_code == 0
    result = runner.invoke(main, ["build", "--config", str(root / "feeds.toml")])
    assert result.exit_code == 0, result.output
    return root


def _dangers(document: str) -> list[str]:
    """Every <script>, on* attribute and javascript:/data:/vbscript: URL in an HTML5 parse of the page."""
    tree = html5lib.parse(document, namespaceHTMLElements=False)
    found = []
    for element in tree.iter():
        tag = str(element.tag).lower()
        if tag == "script" or tag.endswith("}script"):
            found.append(f"<{tag}> {element.get('src')}")
        for name, value in element.attrib.items():
            lowered = "".join(str(value).split()).lower()
            if str(name).lower().startswith("on"):
                found.append(f"{tag} {name}")
            if lowered.startswith(("javascript:", "vbscript:", "data:")) and name in ("href", "src", "action",
                                                                                      "data", "xlink:href"):
                found.append(f"{tag} {name}={value}")
    return found


def test_no_page_of_the_site_carries_script_handlers_or_script_urls(hostile_site: Path) -> None:
    site = hostile_site / "site"
    pages = [p for p in site.rglob("*.html") if p.relative_to(site).parts[0] != "search"]
    assert len(pages) > 5
    problems = {str(p.relative_to(site)): _dangers(p.read_text(encoding="utf-8")) for p in pages}
    assert {k: v for k, v in problems.items() if v} == {}
    search = (site / "search" / "index.html").read_text(encoding="utf-8")
    scripts = sorted(_dangers(search))
    assert len(scripts) == 2 and scripts[1] == "<script> ../search.js", scripts
    assert re.fullmatch(r"<script> \.\./pagefind/\d{4}(-\d\d)?/pagefind-ui\.js", scripts[0]), scripts


def test_payloads_are_shown_as_text(hostile_site: Path) -> None:
    digest = next((hostile_site / "site" / "forum").glob("20*.html")).read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(32)&lt;/script&gt;" in digest
    assert "Carer study 0" in digest


def test_atom_feeds_escape_everything_and_still_parse(hostile_site: Path) -> None:
    import feedparser

    for feed in list((hostile_site / "site").rglob("*.xml")):
        if feed.name == "sitemap.xml":
            continue
        text = feed.read_text(encoding="utf-8")
        parsed = feedparser.parse(text.encode())
        assert parsed.bozo == 0, (feed, parsed.get("bozo_exception"))
        assert "<script" not in text and "javascript:" not in text.lower().replace("&lt;", "<")


def test_emails_have_clean_headers_and_bodies(hostile_site: Path) -> None:
    messages = list((hostile_site / "outbox").rglob("*.eml"))
    assert len(messages) >= 2  # the preview copy and the subscriber's message
    for path in messages:
        message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        assert all("\n" not in str(v) and "\r" not in str(v) for _, v in message.items())
        html = message.get_body(("html",)).get_content()  # type: ignore[union-attr]
        assert _dangers(html) == []
