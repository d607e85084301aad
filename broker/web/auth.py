"""Who is signed in to the console, checked on the server for every console request, in one place.

- A session is a random token in an HttpOnly, SameSite=Lax cookie (Secure on
  https); the database keeps only its hash. A day without use ends it, and so
  does signing out, or the curator being changed or removed.
- Signing in: the same answer for an unknown address as for a wrong password
  (and the same time taken, see ``passwords``). After 5 failures for one
  address in 15 minutes, that address waits 15 minutes, right password or not.
- ``console_page`` wraps every console handler: no session sends a GET to the
  sign-in page (and refuses a POST), a curator who is not an admin gets 403 on
  admin pages, and every POST must carry its CSRF token.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Awaitable, Callable
from datetime import timedelta
from functools import wraps
from typing import Any

from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from ..store import Curator
from .service import Service

SESSION_COOKIE = "broker_session"
IDLE = timedelta(days=1)
TOUCH_EVERY = timedelta(minutes=1)  # how stale "last seen" may get before it is written again

Handler = Callable[[Request, Service, Curator], Awaitable[Response]]


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


async def signed_in(request: Request, service: Service) -> tuple[Curator, str] | None:
    """The curator this browser is signed in as, and the session's token hash, or None."""
    token = request.cookies.get(SESSION_COOKIE, "")
    if len(token) < 32:
        return None
    digest = token_hash(token)
    found = await service.writer.read(lambda store: store.session(digest))
    if found is None:
        return None
    curator, seen = found
    now = service.clock()
    if now - seen > IDLE:
        await service.writer.write(lambda store: store.end_session(digest))
        return None
    if now - seen > TOUCH_EVERY:
        await service.writer.write(lambda store: store.touch_session(digest, now))
    return curator, digest


async def start_session(service: Service, response: Response, email: str) -> None:
    token = secrets.token_urlsafe(32)
    now = service.clock()
    await service.writer.write(lambda store: store.start_session(token_hash(token), email, now))
    response.set_cookie(SESSION_COOKIE, token, path=service.path, secure=service.secure, httponly=True,
                        samesite="lax", max_age=int(IDLE.total_seconds()) * 30)


def forbidden(service: Service, request: Request, curator: Curator | None, title: str, text: str,
              status: int = 403) -> Response:
    from .pages import page

    return page("console/message.html", {"site_title": service.config.title, "url": service.url,
                                         "site_url": service.config.base_url, "title": title, "text": text,
                                         "curator": curator, "csrf": service.csrf.token(request)[1],
                                         "here": ""}, status)


Page = Callable[[Request], Awaitable[Response]]


def console_page(*, admin: bool = False, files: int = 0) -> Callable[[Handler], Page]:
    """Wrap a console handler: session, role and (for a POST) CSRF are checked here, before it runs.

    ``files`` is how many uploaded files the handler's form may carry (a CSV import: one).
    """

    def wrap(handler: Handler) -> Page:
        @wraps(handler)
        async def checked(request: Request) -> Response:
            service: Service = request.app.state.service
            found = await signed_in(request, service)
            if found is None:
                if request.method in ("GET", "HEAD"):
                    return RedirectResponse(f"{service.url}console/sign-in", status_code=303)
                return forbidden(service, request, None, "Please sign in", "Your session has ended. Sign in "
                                 "again, then go back and try once more.")
            curator, _ = found
            if admin and not curator.admin:
                return forbidden(service, request, curator, "Admins only",
                                 "Only an admin can manage subscribers. Ask an admin if you need a change.")
            if request.method == "POST":
                form = await read_form(request, files)
                if not service.csrf.valid(request, form):
                    return forbidden(service, request, curator, "This form has expired", "For your safety, "
                                     "this form only works from the page it came from. Go back, reload the page, "
                                     "and try again.")
                request.state.form = form
            return await handler(request, service, curator)

        return checked

    return wrap


async def read_form(request: Request, files: int = 0) -> dict[str, Any]:
    """A form's fields (repeated names as lists for "stop"); files only where a page takes an upload."""
    async with request.form(max_files=files, max_fields=50, max_part_size=1024 * 1024) as form:
        fields: dict[str, Any] = {}
        for key, value in form.multi_items():
            if isinstance(value, UploadFile):  # an uploaded file: read it now, before the form closes
                fields[key] = (value.filename or "", await value.read())
            elif key in fields and key == "stop":
                fields[key].append(value)
            else:
                fields[key] = [value] if key == "stop" else value
        return fields
