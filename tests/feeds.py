"""Small feed documents for tests, written out in full so each test shows its input."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape


@dataclass(frozen=True)
class Story:
    title: str
    summary: str = ""
    link: str = ""
    guid: str = ""
    date: str = "Mon, 16 Nov 2026 10:00:00 GMT"
    author: str = ""
    doi: str = ""


def rss(stories: Sequence[Story], title: str = "Test feed") -> str:
    """An RSS 2.0 document holding ``stories``."""
    items = []
    for story in stories:
        parts = [f"<title>{escape(story.title)}</title>"]
        if story.link:
            parts.append(f"<link>{escape(story.link)}</link>")
        if story.guid:
            parts.append(f'<guid isPermaLink="false">{escape(story.guid)}</guid>')
        if story.summary:
            parts.append(f"<description>{escape(story.summary)}</description>")
        if story.author:
            parts.append(f"<dc:creator>{escape(story.author)}</dc:creator>")
        if story.doi:
            parts.append(f"<dc:identifier>doi:{escape(story.doi)}</dc:identifier>")
        parts.append(f"<pubDate>{story.date}</pubDate>")
        items.append("<item>" + "".join(parts) + "</item>")
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>'
        f"<title>{escape(title)}</title><link>https://example.org/</link>"
        "<description>Test feed</description>" + "".join(items) + "</channel></rss>"
    )


def story(n: int, topic: str = "unpaid carers", **extra: str) -> Story:
    """A distinct, on-topic story number ``n``."""
    fields = {
        "title": f"Study {n}: what helps {topic} most in their daily lives",
        "summary": f"Researchers asked {topic} about support. Study number {n} found short breaks helped.",
        "link": f"https://example.org/research/{n}",
        "guid": f"urn:test:{n}",
    }
    fields.update(extra)
    return Story(**fields)  # type: ignore[arg-type]


def write_config(path, feeds: Sequence[tuple[str, str]], *, extra: str = "", kind: str = "findings") -> None:
    """A feeds.toml with one carers theme, one group and the given (name, url) feeds."""
    feed_tables = "".join(
        f'\n[[feeds]]\nname = "{name}"\nurl = "{url}"\nkind = "{kind}"\norganisation = "Test Org"\n'
        for name, url in feeds
    )
    path.write_text(
        '[broker]\ntitle = "Test Digest"\nbase_url = "https://example.org/digest/"\n'
        'database = "broker.db"\noutput = "site"\noutbox = "outbox"\n'
        "feed_timeout = 2\nbacklog_days = 3650\nallow_private_networks = true\n" + extra + feed_tables +
        '\n[themes.carers]\nlabel = "Unpaid carers"\nkeywords = ["carer", "caregiver"]\n'
        '\n[groups.forum]\nname = "Carers Forum"\nthemes = ["carers"]\nmax_items = 50\n',
        encoding="utf-8",
    )
