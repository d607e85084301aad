"""Server-rendered pages in the site's accessible design: the site's jinja2 environment, autoescaped.

Pages of the service live in templates/web/ (the console's in templates/web/console/)
and can use the site's own macros and filters (dates in full, the three-part
plain-language entry), so an item reads the same on the site and in the console.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

import jinja2
from starlette.responses import HTMLResponse

from ..render import environment as site_environment
from ..render import template_dir


@cache
def environment(timezone: str) -> jinja2.Environment:
    folder = template_dir()
    return site_environment(timezone).overlay(loader=jinja2.FileSystemLoader([folder / "web", folder]))


def page(name: str, context: Mapping[str, Any], status: int = 200, timezone: str = "Europe/London") -> HTMLResponse:
    """A page from templates/web/, as an HTML response."""
    return HTMLResponse(environment(timezone).get_template(name).render(**context), status_code=status)


def stylesheets() -> dict[str, bytes]:
    """The site's stylesheet and the forms' one, served by the service itself (the CSP allows only 'self')."""
    folder = template_dir()
    return {name: Path(folder / path).read_bytes() for name, path in (("style.css", "style.css"),
                                                                       ("web.css", "web/web.css"))}
