"""Turn digests into the pages of the static website and the email bodies (jinja2, autoescaped).

Pages are made lazily (see ``Page``): ``sitebuild`` decides which need making
and writes them. The status page is the one file written here, into the live site.
"""

from __future__ import annotations

import functools
import hashlib
import os
import textwrap
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import css_inline
import jinja2

from .models import Digest, DigestHead, Group, Item, Theme

SUMMARY_WORDS = 60
THEME_PAGE_ITEMS = 12


@dataclass(frozen=True)
class GroupPage:
    """A group and its digests, newest first (their items' text is loaded only for pages being made)."""

    group: Group
    digests: tuple[DigestHead, ...]


def _not_loadable(*key: str) -> Any:
    raise LookupError(f"this site view cannot load {key}")


@dataclass(frozen=True)
class SiteView:
    """Everything the site shows, gathered by the pipeline from the store.

    Digests come as heads; ``load_digest`` (group key, digest id) and
    ``load_item`` fetch the full text for the pages that must be made, so a
    build reads only what changed however many digests the site holds.
    Plain-language entries are added by ``dress``, also only for pages being
    made; ``plain_salt`` names everything they depend on besides the item.
    """

    title: str
    base_url: str
    timezone: str
    generated: datetime
    groups: tuple[GroupPage, ...]
    themes: tuple[tuple[Theme, tuple[Item, ...]], ...]
    drafts: tuple[GroupPage, ...] = ()
    load_digest: Callable[[str, str], Digest] = _not_loadable
    load_item: Callable[[str], Item] = _not_loadable
    dress: Callable[[Item], Item] = lambda item: item
    plain_salt: str = ""
    web_url: str = ""  # where broker serve is reached: group pages link to its sign-up form


def template_dir() -> Path:
    """Templates ship inside the package when installed, or sit at the repo top."""
    packaged = Path(__file__).parent / "templates"
    return packaged if packaged.is_dir() else Path(__file__).resolve().parent.parent / "templates"


@functools.lru_cache(maxsize=4)
def environment(timezone: str) -> jinja2.Environment:
    """One environment per time zone for the whole process: jinja2 compiles each template once per
    environment (about 17 ms each), which a fresh one for every digest email repeated."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(template_dir()),
        autoescape=jinja2.select_autoescape(["html", "xml"], default_for_string=True),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    zone = ZoneInfo(timezone)
    env.filters["longdate"] = lambda moment: long_date(moment, zone)
    env.filters["isodate"] = lambda moment: moment.astimezone(zone).date().isoformat()
    env.filters["clock"] = lambda moment: f"{moment.astimezone(zone):%H:%M}"
    env.filters["atomdate"] = lambda moment: moment.astimezone(zone).isoformat(timespec="seconds")
    env.filters["shorten"] = shorten
    env.filters["wrapped"] = wrapped
    env.globals["who"] = who
    return env


def long_date(moment: datetime, zone: ZoneInfo) -> str:
    """Dates written out in full, as people say them: Tuesday 24 November 2026."""
    local = moment.astimezone(zone)
    return f"{local:%A} {local.day} {local:%B %Y}"


def shorten(text: str, words: int = SUMMARY_WORDS) -> str:
    """The first ``words`` words of a text, ending with an ellipsis if cut."""
    parts = text.split()
    return text.strip() if len(parts) <= words else " ".join(parts[:words]) + " …"


def wrapped(text: str, indent: int = 0, hang: int | None = None) -> str:
    """Plain text wrapped at 72 columns, as email programs expect; ``hang`` indents the later lines."""
    first = " " * indent
    rest = " " * (indent if hang is None else hang)
    return textwrap.fill(" ".join(text.split()), width=72, initial_indent=first, subsequent_indent=rest,
                         break_long_words=False, break_on_hyphens=False)


def who(item: Item) -> str:
    """Who carried out or published the research, from what the feed gave."""
    organisations = list(dict.fromkeys(s.organisation for s in item.sources if s.organisation))
    people = list(item.authors[:3]) + (["and others"] if len(item.authors) > 3 else [])
    parts = []
    if people:
        parts.append(", ".join(people))
    if organisations:
        parts.append(", ".join(organisations))
    return "; ".join(parts)


@dataclass(frozen=True)
class Page:
    """One page of the site: where it goes, a key for everything it is made from, and how to make it.

    Two pages with the same path and key are the same page, so a build can
    reuse the last build's file instead of making it again.
    """

    path: str
    key: str
    make: Callable[[], str]
    period: str = ""  # the search index this page belongs in ('' for pages that are not searched)


def site_pages(view: SiteView) -> Iterator[Page]:
    """Every page of the site, each to be made only if needed."""
    env = environment(view.timezone)
    labels = {theme.key: theme.label for theme, _ in view.themes}
    common: dict[str, Any] = {"site_title": view.title, "labels": labels, "view": view, "web_url": view.web_url,
                              "theme_names": lambda keys: ", ".join(labels.get(k, k) for k in keys)}
    salted = hashlib.sha256(repr((code_fingerprint(), view.title, view.base_url, view.timezone, labels,
                                  view.plain_salt, view.web_url)).encode())
    Later = Callable[[], dict[str, Any]]

    def page(name: str, path: str, about: object, later: Later | None = None, period: str = "",
             **context: Any) -> Page:
        """``about`` is what the page shows, for its key; ``later`` loads the rest when the page is made."""
        root = "../" * path.count("/")
        key = salted.copy()
        key.update(repr((name, path, about)).encode())

        def make() -> str:
            return env.get_template(name).render(root=root, **common, **context, **(later() if later else {}))

        return Page(path, key.hexdigest(), make, period)

    # What each kind of page loads when (and only when) it is made.
    def full(group: str, head: DigestHead) -> Later:
        return lambda: {"digest": dressed(view.load_digest(group, head.id), view.dress)}

    def one_item(item_id: str) -> Later:
        return lambda: {"item": view.dress(view.load_item(item_id))}

    def dressed_items(items: Sequence[Item]) -> Later:
        return lambda: {"items": [view.dress(i) for i in items]}

    def digest_entries(group: str, heads: Sequence[DigestHead]) -> Callable[[], list[tuple[datetime, Item]]]:
        return lambda: [(h.created, item) for h in heads for item in view.load_digest(group, h.id).items]

    def summary(heads: Sequence[DigestHead]) -> list[tuple[str, datetime, int]]:
        return [(h.id, h.created, len(h.items)) for h in heads]

    yield page("index.html", "index.html", ([(g.group, summary(g.digests[:1])) for g in view.groups],
                                            [t for t, _ in view.themes]), groups=view.groups, themes=view.themes)
    appears: dict[str, tuple[int, list[tuple[Group, DigestHead]]]] = {}
    for group_page in view.groups:
        group = group_page.group
        yield page("group.html", f"{group.key}/index.html", (group, summary(group_page.digests)),
                   group=group, digests=group_page.digests)
        for head in group_page.digests:
            yield page("digest.html", f"{group.key}/{head.id}.html", (group, head), full(group.key, head),
                       group=group, draft=False)
            for item_id, revision in head.items:
                appears.setdefault(item_id, (revision, []))[1].append((group, head))
        recent = group_page.digests[:10]
        yield feed_page(page, f"{group.key}/feed.xml", f"{group.key}/index.html", f"{group.name} – {view.title}",
                        group.description or f"New research for {group.name}", recent,
                        max((h.created for h in recent if h.items), default=view.generated),
                        digest_entries(group.key, recent))
    # Item pages only for items that some digest has published: the rest of the archive stays in the database.
    periods: set[str] = set()
    zone = ZoneInfo(view.timezone)
    for item_id, (revision, where) in appears.items():
        period = search_period(min(h.created for _, h in where), view.generated, zone)
        periods.add(period)
        yield page("item.html", f"items/{item_id}.html", (item_id, revision, [(g, h.id, h.created) for g, h in where]),
                   one_item(item_id), period, digests=where)
    for theme, items in view.themes:
        # A theme page shows the newest few, to stay light (under 50 KB); its Atom feed carries more.
        shown = items[:THEME_PAGE_ITEMS]
        yield page("theme.html", f"themes/{theme.key}.html", (theme, shown),
                   dressed_items(shown), theme=theme)
        entries = [(item.published, item) for item in items]
        yield feed_page(page, f"themes/{theme.key}.xml", f"themes/{theme.key}.html", f"{theme.label} – {view.title}",
                        theme.description or f"New research on {theme.label}", entries,
                        max((when for when, _ in entries), default=view.generated), functools.partial(list, entries))
    for group_page in view.drafts:
        for head in group_page.digests:
            yield page("digest.html", f"_drafts/{group_page.group.key}/{head.id}.html", (group_page.group, head),
                       full(group_page.group.key, head), group=group_page.group, draft=True)
    bundles = sorted(periods, reverse=True)  # newest first: the first is the search box's own
    yield page("search.html", "search/index.html", bundles, bundles=bundles)
    if view.base_url:
        paths = ["index.html"] + [f"{g.group.key}/index.html" for g in view.groups]
        paths += [f"{g.group.key}/{h.id}.html" for g in view.groups for h in g.digests]
        paths += [f"items/{key}.html" for key in appears] + [f"themes/{t.key}.html" for t, _ in view.themes]
        yield page("sitemap.xml", "sitemap.xml", paths, paths=paths)


def search_period(first_shown: datetime, now: datetime, zone: ZoneInfo) -> str:
    """The search index an item page belongs in: its first digest's month this year, else its year.

    A build re-indexes only the periods whose pages changed, so this year's
    months stay small; at the turn of the year they fold into one index.
    """
    shown, today = first_shown.astimezone(zone), now.astimezone(zone)
    return f"{shown.year}-{shown.month:02d}" if shown.year == today.year else f"{shown.year}"


def dressed(digest: Digest, dress: Callable[[Item], Item]) -> Digest:
    """A digest with plain-language entries added to its items."""
    return replace(digest, items=tuple(dress(i) for i in digest.items))


def code_fingerprint() -> str:
    """A hash of broker's own code, templates and glossary: a new version of any remakes every page.

    Worked out afresh for each build (about 2 ms), so a template edited while
    ``broker schedule`` runs is seen, as jinja2 itself sees it.
    """
    digest = hashlib.sha256()
    package = Path(__file__).parent
    for path in sorted([*package.rglob("*.py"), *package.rglob("*.toml"), *template_dir().iterdir()]):
        if path.is_file():
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def feed_page(page: Any, path: str, html_path: str, title: str, subtitle: str, about: object, updated: datetime,
              entries: Callable[[], Sequence[tuple[datetime, Item]]]) -> Page:
    """An Atom feed of items, newest first (a group's digests, or a theme); ``entries`` loads them when made."""
    return page("feed.xml", path, (title, subtitle, about, updated),  # type: ignore[no-any-return]
                lambda: {"entries": entries()}, feed_title=title, feed_subtitle=subtitle, page_path=path,
                html_path=html_path, updated=updated)


def email_bodies(view: SiteView, group: Group, digest: Digest, *, unsubscribe: str = "",
                 preferences: str = "") -> tuple[str, str]:
    """The plain-text and HTML bodies of a digest email, the HTML's CSS inlined.

    With ``unsubscribe`` (an address), the footer says how to stop the emails;
    with ``preferences`` (a link), where to choose which digests come.
    """
    env = environment(view.timezone)
    digest = dressed(digest, view.dress)
    labels = {theme.key: theme.label for theme, _ in view.themes}
    context = {"site_title": view.title, "labels": labels, "group": group, "digest": digest,
               "base_url": view.base_url, "unsubscribe": unsubscribe, "preferences": preferences,
               "theme_names": lambda keys: ", ".join(labels.get(k, k) for k in keys)}
    text = env.get_template("email.txt").render(**context)
    # Gmail and Outlook ignore or strip <style>; inlining keeps the layout.
    html = css_inline.inline(env.get_template("email.html").render(**context))
    return text, html


def status_page(title: str, timezone: str, generated: datetime, findings: Sequence[Any],
                feeds: Sequence[tuple[Any, Any]]) -> str:
    """The operator's feed-health page (``_status/index.html``): noindex, linked from nowhere."""
    env = environment(timezone)
    return env.get_template("status.html").render(root="../", site_title=title, generated=generated,
                                                  findings=findings, feeds=feeds)


def write_status(output: Path, page: str) -> None:
    """Replace the live site's status page in one rename; it changes every run, the rest need not."""
    folder = output / "_status"
    folder.mkdir(parents=True, exist_ok=True)
    temporary = folder / f".index.html.{os.getpid()}.tmp"
    temporary.write_text(page, encoding="utf-8")
    os.replace(temporary, folder / "index.html")
