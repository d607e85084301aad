"""Server-rendered pages in the site's accessible design: one jinja2 environment, autoescaped."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

import jinja2
from starlette.responses import HTMLResponse

from ..render import template_dir


@cache
def environment() -> jinja2.Environment:
    """Pages of the service live in templates/web/ and share the site's stylesheet."""
    folder = template_dir()
    return jinja2.Environment(loader=jinja2.FileSystemLoader([folder / "web", folder]), autoescape=True,
                              trim_blocks=True, lstrip_blocks=True, undefined=jinja2.StrictUndefined)


def page(name: str, context: Mapping[str, Any], status: int = 200) -> HTMLResponse:
    """A page from templates/web/, as an HTML response."""
    return HTMLResponse(environment().get_template(name).render(**context), status_code=status)


def stylesheets() -> dict[str, bytes]:
    """The site's stylesheet and the forms' one, served by the service itself (the CSP allows only 'self')."""
    folder = template_dir()
    return {name: Path(folder / path).read_bytes() for name, path in (("style.css", "style.css"),
                                                                       ("web.css", "web/web.css"))}
