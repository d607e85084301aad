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
from urllib.parse import urlsplit

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Mount, Route

from ..config import Config
from ..errors import ConfigError
from ..mail.smtp import ConnectionFactory
from . import public
from .pages import page
from .security import SecurityHeaders
from .service import Service, utc_now

MAX_BODY = 64 * 1024  # public forms are small; nothing larger is read


def routes() -> list[BaseRoute]:
    return [
        Route("/healthz", public.healthz, methods=["GET", "HEAD"]),
        Route("/static/{name}", public.stylesheet, methods=["GET", "HEAD"]),
        Route("/subscribe/{group}", public.subscribe_page, methods=["GET", "HEAD"]),
        Route("/subscribe/{group}", public.subscribe, methods=["POST"]),
        Route("/confirm/{token}", public.confirm_page, methods=["GET", "HEAD"]),
        Route("/confirm/{token}", public.confirm, methods=["POST"]),
        Route("/unsubscribe/{token}", public.unsubscribe_page, methods=["GET", "HEAD"]),
        Route("/unsubscribe/{token}", public.unsubscribe, methods=["POST"]),
        Route("/preferences/", public.preferences_page, methods=["GET", "HEAD"]),
        Route("/preferences/{token}", public.preferences_page, methods=["GET", "HEAD"]),
        Route("/preferences/{token}", public.preferences, methods=["POST"]),
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

    app = Starlette(routes=mounted, middleware=[Middleware(SecurityHeaders)], max_body_size=MAX_BODY,
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
