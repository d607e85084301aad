"""``broker serve``: the small web service beside the static site.

Public pages let people join a group's digest (confirmed by email) and leave
it in one click (RFC 8058); the curators' console follows on the same
service. It uses the same config, database and templates as ``broker build``
and runs beside it: SQLite in WAL mode with a busy timeout, and the run lock
for anything that publishes or sends digests.

- ``service``: what every handler shares; ``security``: CSRF, headers, limits;
- ``pages``: the server-rendered pages; ``public``: the public routes.
"""

from __future__ import annotations

import signal
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import BaseRoute, Mount, Route

from ..config import Config
from ..errors import ConfigError
from ..mail.smtp import ConnectionFactory
from . import admin, console, console_more, public
from .pages import page
from .security import SecurityHeaders
from .service import Service, utc_now

MAX_BODY = 64 * 1024  # forms are small; nothing larger is read (but a subscriber CSV)


def _get(path: str, endpoint: Any) -> Route:
    return Route(path, endpoint, methods=["GET", "HEAD"])


def _post(path: str, endpoint: Any, size: int = MAX_BODY) -> Route:
    return Route(path, endpoint, methods=["POST"], max_body_size=size)


def routes() -> list[BaseRoute]:
    """Every page of the service, below [web] url; the console's are checked in ``auth.console_page``."""
    return [
        _get("/healthz", public.healthz),
        _get("/static/{name}", public.stylesheet),
        _get("/subscribe/{group}", public.subscribe_page), _post("/subscribe/{group}", public.subscribe),
        _get("/confirm/{token}", public.confirm_page), _post("/confirm/{token}", public.confirm),
        _get("/unsubscribe/{token}", public.unsubscribe_page), _post("/unsubscribe/{token}", public.unsubscribe),
        _get("/preferences/", public.preferences_page),
        _get("/preferences/{token}", public.preferences_page), _post("/preferences/{token}", public.preferences),
        _get("/console", lambda request: RedirectResponse("console/", status_code=308)),
        _get("/console/", console.home),
        _get("/console/sign-in", console.sign_in_page), _post("/console/sign-in", console.sign_in),
        _post("/console/sign-out", console.sign_out),
        _get("/console/review", console.review), _post("/console/labels", console.label),
        _get("/console/items/{item}", console.item_page),
        _post("/console/items/{item}/summary", console.save_summary),
        _get("/console/drafts", console_more.drafts),
        _get("/console/drafts/{group}/{digest}/email", console_more.draft_email),
        _post("/console/drafts/{group}/approve", console_more.approve),
        _post("/console/drafts/{group}/reject", console_more.reject),
        _get("/console/feeds", console_more.feeds), _get("/console/themes", console_more.themes),
        _get("/console/subscribers", admin.subscribers), _post("/console/subscribers/add", admin.add),
        _post("/console/subscribers/import", admin.import_csv, size=admin.MAX_CSV + MAX_BODY),
        _post("/console/subscribers/unsubscribe", admin.unsubscribe),
        _post("/console/subscribers/forget", admin.forget),
    ]


def create_app(config: Config, *, clock: Callable[[], datetime] = utc_now,
               connect: ConnectionFactory | None = None) -> Starlette:
    """The ASGI application, served under the path of ``[web] url``."""
    if config.web is None:
        raise ConfigError(f"{config.path.name}: broker serve needs a [web] section with the public address it is "
                          'reached at. Add: [web] url = "https://digest.example.org/join/"')
    service = Service.start(config, clock=clock, connect=connect)
    prefix = urlsplit(config.web.url).path.rstrip("/")
    mounted: list[BaseRoute] = [Mount(prefix, routes=routes())] if prefix else routes()

    async def not_found(request: Request, exc: Exception) -> Response:
        return page("message.html", {"site_title": config.title, "url": service.url, "site_url": config.base_url,
                                     "title": "Page not found", "text": "There is nothing at this address. "
                                     "Check the link, or go to the website."}, 404)

    async def not_allowed(request: Request, exc: Exception) -> Response:
        return page("message.html", {"site_title": config.title, "url": service.url, "site_url": config.base_url,
                                     "title": "That did not work", "text": "This page cannot be used that way."},
                    405)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        service.writer.start()
        try:
            yield
        finally:
            service.writer.stop()  # every change handed over is committed before the service ends

    app = Starlette(routes=mounted, middleware=[Middleware(SecurityHeaders)],
                    exception_handlers={404: not_found, 405: not_allowed}, lifespan=lifespan)
    app.state.service = service
    return app


def serve(config: Config, host: str, port: int, *, verbose: bool = False) -> None:
    """Run the service with uvicorn until SIGTERM or Ctrl-C, then stop cleanly.

    X-Forwarded-For is believed only from ``[web] trusted_proxies`` (default:
    this machine), so a client cannot pretend to be someone else to dodge the
    sign-up limit.
    """
    import uvicorn  # only the service needs the server

    app = create_app(config)
    assert config.web is not None
    server = uvicorn.Server(uvicorn.Config(
        app, host=host, port=port, proxy_headers=True, forwarded_allow_ips=list(config.web.trusted_proxies),
        log_level="info" if verbose else "warning", access_log=verbose, server_header=False, date_header=True,
        timeout_graceful_shutdown=10))
    # uvicorn stops gracefully on SIGTERM or Ctrl-C, then raises the signal again for whatever handler was
    # there before it; with these in place that is a no-op, so a clean stop exits 0 rather than "killed".
    before = {sig: signal.signal(sig, lambda *_: None) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        server.run()
    finally:
        for sig, handler in before.items():
            signal.signal(sig, handler)
