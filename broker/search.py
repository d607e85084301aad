"""Search without a server: Pagefind indexes built into the site folder, one per period.

Pagefind ships as a binary inside its PyPI package. If it is missing or
fails, the site is published without search and the build says why: search
is a comfort, the digest is the product.

Pagefind indexes everything it is given each time, at about a millisecond
a page, so one index for the whole site would make every build slower as
the years of digests pile up. Item pages are therefore indexed in periods
(see ``render.search_period``), each its own Pagefind bundle under
``pagefind/<period>/``; a build indexes only the periods whose pages
changed, and the search page merges every period's bundle in the browser.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

TIME_LIMIT = 600
BUNDLES = "pagefind"  # the folder in the site that holds one bundle per period


def index_pages(site: Path, pages: list[str], bundle: Path) -> str:
    """Index ``pages`` (paths under ``site``) into the bundle folder ``bundle``; '' on success, else why."""
    # Pagefind indexes a whole folder: give it one holding just these pages, linked where they lie,
    # so the addresses it records are the pages' own.
    with tempfile.TemporaryDirectory(prefix=".index-", dir=site.parent) as temporary:
        root = Path(temporary)
        for page in pages:
            (root / page).parent.mkdir(parents=True, exist_ok=True)
            try:
                os.link(site / page, root / page)
            except OSError:
                shutil.copyfile(site / page, root / page)
        problem = _run_pagefind(["--site", str(root), "--output-path", str(bundle.resolve()), "--silent"])
    if not problem and not (bundle / "pagefind-ui.js").exists():
        return "Pagefind made no index"
    return problem


def _run_pagefind(arguments: list[str]) -> str:
    try:
        done = subprocess.run([*_pagefind_command(), *arguments], capture_output=True, text=True,
                              timeout=TIME_LIMIT, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return f"indexing took longer than {TIME_LIMIT} seconds"
    except OSError as exc:
        return f"Pagefind could not be started ({exc.strerror})"
    if done.returncode != 0:
        lines = (done.stderr or done.stdout).strip().splitlines()
        if "No module named pagefind" in done.stderr:
            return "Pagefind is not installed (pip install 'pagefind[bin]')"
        return "Pagefind failed: " + (lines[-1] if lines else f"exit code {done.returncode}")
    return ""


def _pagefind_command() -> list[str]:
    """The Pagefind binary itself when its package is installed (a tenth of a second sooner than
    ``python -m pagefind``, which starts Python only to find it), else that module."""
    try:
        from pagefind_bin import get_executable  # type: ignore[import-not-found,import-untyped,unused-ignore]

        return [str(get_executable())]
    except Exception:  # not installed, or no binary for this machine: let the module say so
        return [sys.executable, "-m", "pagefind"]
