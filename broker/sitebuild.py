"""Write the site into a fresh build folder and switch to it atomically.

A reader (or a crash) only ever sees the old site or the new one, never a
mixture. Building costs what changed, not what the site has grown to: a
page whose key matches the live build's is hard-linked from it instead of
being made again, so a new digest makes its own pages, the indexes and the
pages of its items, and reuses the years of digests before it. Search is
indexed by period in the same way (see ``search``).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections import defaultdict
from pathlib import Path

from . import render, search
from .render import Page

KEEP_BUILDS = 2  # the live build and the one before it, for a reader mid-page
MANIFEST = ".pages.json"  # the key of every page and search index in a build, for the next build to compare


def publish_site(view: render.SiteView, output: Path, build_id: str) -> tuple[Path, str]:
    """Write the site into a new folder, index it, then switch ``output`` to it atomically.

    Returns the new folder and, if search could not be built, why.
    """
    builds = output.parent / f".{output.name}-builds"
    target = builds / build_id
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    live = output.resolve() if output.is_symlink() else None
    before = _manifest(live)
    keys: dict[str, str] = {}
    periods: dict[str, list[Page]] = defaultdict(list)
    folders: set[str] = set()
    # Plain strings, not Paths, in this loop: it runs once for every page the site has ever published.
    new_root, live_root = f"{target}{os.sep}", f"{live}{os.sep}"
    for page in render.site_pages(view):
        path = new_root + page.path
        folder = os.path.dirname(path)
        if folder not in folders:
            os.makedirs(folder, exist_ok=True)
            folders.add(folder)
        if page.path in keys:
            os.unlink(path)  # a second page at one path replaces the first, never writing through its link
        if not (live and before["pages"].get(page.path) == page.key and _link(live_root + page.path, path)):
            with open(path, "w", encoding="utf-8") as made:
                made.write(page.make())
        keys[page.path] = page.key
        if page.period:
            periods[page.period].append(page)
    for static in ("style.css", "search.js"):
        shutil.copyfile(render.template_dir() / static, target / static)
    indexed, search_problem = _index(target, live, before["search"], periods)
    (target / MANIFEST).write_text(json.dumps({"pages": keys, "search": indexed}, sort_keys=True), encoding="utf-8")
    _switch(output, target)
    _prune(builds, keep={target.name})
    return target, search_problem


def _index(target: Path, live: Path | None, before: dict[str, str],
           periods: dict[str, list[Page]]) -> tuple[dict[str, str], str]:
    """Index each period's pages, reusing the live build's index for a period whose pages are unchanged.

    Returns each indexed period's key, and why search is missing, if it is.
    """
    indexed: dict[str, str] = {}
    problem = ""
    for period, pages in sorted(periods.items()):
        key = hashlib.sha256(repr(sorted((p.path, p.key) for p in pages)).encode()).hexdigest()
        bundle = target / search.BUNDLES / period
        if live and before.get(period) == key and _link_tree(live / search.BUNDLES / period, bundle):
            indexed[period] = key
            continue
        shutil.rmtree(bundle, ignore_errors=True)
        failed = search.index_pages(target, [p.path for p in pages], bundle)
        if failed:
            problem = problem or failed
        else:
            indexed[period] = key
    return indexed, problem


def _manifest(build: Path | None) -> dict[str, dict[str, str]]:
    """The page and search keys of a build; empty when there is none or it is unreadable (all is made anew)."""
    empty: dict[str, dict[str, str]] = {"pages": {}, "search": {}}
    if build is None:
        return empty
    try:
        found = json.loads((build / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return empty
    if not isinstance(found, dict) or not all(isinstance(found.get(part), dict) for part in empty):
        return empty
    return found


def _link(source: str, destination: str) -> bool:
    """Share an unchanged page with the live build (builds are never edited once published)."""
    try:
        os.link(source, destination)
    except OSError:
        return False
    return True


def _link_tree(source: Path, destination: Path) -> bool:
    """Share a whole folder (a search index) with the live build, file by file."""
    if not source.is_dir():
        return False
    try:
        shutil.copytree(source, destination, copy_function=os.link)
    except (OSError, shutil.Error):
        shutil.rmtree(destination, ignore_errors=True)
        return False
    return True


def _switch(output: Path, target: Path) -> None:
    """Point ``output`` at ``target`` with one rename, which POSIX makes atomic."""
    link = output.parent / f".{output.name}.link-{os.getpid()}"
    if link.is_symlink() or link.exists():
        link.unlink()
    link.symlink_to(os.path.relpath(target, output.parent))
    if output.exists() and not output.is_symlink():
        # An older, plain folder: keep it beside the builds rather than delete it.
        output.rename(target.parent / f"previous-folder-{target.name}")
    os.replace(link, output)


def _prune(builds: Path, keep: set[str]) -> None:
    entries = sorted((p for p in builds.iterdir() if p.is_dir()), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in entries[KEEP_BUILDS:]:
        if old.name not in keep:
            shutil.rmtree(old, ignore_errors=True)
