"""Search without a server: a Pagefind index built into the site folder.

Pagefind ships as a binary inside its PyPI package. If it is missing or
fails, the site is published without search and the build says why: search
is a comfort, the digest is the product.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

TIME_LIMIT = 600


def index_site(folder: Path) -> str:
    """Index the pages marked ``data-pagefind-body`` under ``folder``; '' on success, else the reason."""
    try:
        done = subprocess.run(
            [sys.executable, "-m", "pagefind", "--site", str(folder), "--output-subdir", "pagefind", "--silent"],
            capture_output=True, text=True, timeout=TIME_LIMIT, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return f"indexing took longer than {TIME_LIMIT} seconds"
    except OSError as exc:
        return f"Pagefind could not be started ({exc.strerror})"
    if done.returncode != 0:
        lines = (done.stderr or done.stdout).strip().splitlines()
        if "No module named pagefind" in done.stderr:
            return "Pagefind is not installed (pip install 'pagefind[bin]')"
        return "Pagefind failed: " + (lines[-1] if lines else f"exit code {done.returncode}")
    if not (folder / "pagefind" / "pagefind-ui.js").exists():
        return "Pagefind made no index"
    return ""
