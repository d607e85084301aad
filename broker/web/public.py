"""Public pages: sign up with confirmation, one-click unsubscribe (RFC 8058), and a person's preferences.

Rules every handler keeps:
- a GET never changes anything, because mail scanners follow links: confirming
  and leaving need a button (a POST);
- a sign-up always gets the same "check your inbox" page, whether or not the
  address is known, and no page shows who is subscribed or how many;
- a token in a link is its own credential (signed, and a confirmation expires);
  every other POST needs its CSRF token; the RFC 8058 POST needs neither
  session nor CSRF token, because mail programs send it without a page.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response

from .. import mail
from ..addresses import BadAddress, normalise_address
from ..errors import MailError
from ..mail import outbox
from ..store import Store
from .pages import page
from .service import Service

log = logging.getLogger(__name__)
FORM_LIMITS = {"max_files": 0, "max_fields": 20, "max_part_size": 8192}


async def healthz(request: Request) -> Response:
    return PlainTextResponse("ok\n")


def _context(service: Service, **more: Any) -> dict[str, Any]:
    return {"site_title": service.config.title, "url": service.url, "site_url": service.config.base_url,
            "title": "", **more}


def _message(service: Service, title: str, text: str, status: int, **more: Any) -> Response:
    """A page that only tells the reader something: an error or an outcome."""
    return page("message.html", _context(service, title=title, text=text, **more), status)


def _form_page(service: Service, request: Request, template: str, status: int = 200, **more: Any) -> Response:
    """A page with a form: its CSRF token, and the cookie it is checked against."""
    cookie, token = service.csrf.token(request)
    response = page(template, _context(service, csrf=token, **more), status)
    service.csrf.remember(response, cookie)
    return response


async def _form(request: Request) -> Mapping[str, Any]:
    async with request.form(**FORM_LIMITS) as form:  # type: ignore[arg-type]
        return {key: form.getlist(key) if key == "stop" else form.get(key) for key in form}


def _forbidden(service: Service) -> Response:
    return _message(service, "This form has expired", "For your safety, this form only works from the page it "
                    "came from. Go back, reload the page, and try again.", 403)


async def subscribe_page(request: Request) -> Response:
    service: Service = request.app.state.service
    group = service.groups.get(request.path_params["group"])
    if group is None:
        return _message(service, "Page not found", "There is no digest at this address. Check the link, or see "
                        "all the digests on the website.", 404)
    return _form_page(service, request, "subscribe.html", group=group, email="", person="", problem="")


async def subscribe(request: Request) -> Response:
    service: Service = request.app.state.service
    group = service.groups.get(request.path_params["group"])
    if group is None:
        return _message(service, "Page not found", "There is no digest at this address.", 404)
    form = await _form(request)
    if not service.csrf.valid(request, form):
        return _forbidden(service)
    typed, name = str(form.get("email") or "").strip(), " ".join(str(form.get("name") or "").split())[:200]
    try:
        email = normalise_address(typed)
    except BadAddress:
        return _form_page(service, request, "subscribe.html", 400, group=group, email=typed, person=name,
                          problem="That does not look like an email address. Check it, for example "
                                  "name@example.org, and try again.")
    client = request.client.host if request.client else "unknown"
    if not service.signups.allow(client):
        return _message(service, "Please try again later", "Many sign-ups have come from your connection in the "
                        "last hour, so we have paused them for a while. Please try again in an hour.", 429)
    now = service.clock()
    if await service.writer.write(lambda store: store.request(group.key, email, name, now)):
        sent = await run_in_threadpool(_send_confirmation, service, group.key, email, now)
        if not sent:  # let them try again at once rather than wait an hour
            await service.writer.write(lambda store: store.forget_request(group.key, email))
    return _message(service, "Check your inbox", f"If {email} can get the {group.name} digest, we have sent it an "
                    "email with a link. Open the link and press the button on that page to start getting the "
                    "digest. Nothing is sent until you do. The link works for 7 days.", 200)


def _send_confirmation(service: Service, group: str, email: str, now: datetime) -> bool:
    """Send the confirmation email now (in a worker thread); False if the mail server did not take it."""
    link = f"{service.url}confirm/{mail.confirm_token(service.secret, group, email, now)}"
    message = mail.confirmation(service.head, service.groups[group], email, link, mail.tokens.CONFIRM_DAYS, now)
    try:
        report = outbox.deliver_one(service.config, email, message, "_confirm", f"{group}-{now:%Y%m%dT%H%M%S}",
                                    service.connect)
    except MailError as exc:
        log.warning("a confirmation email for %s could not be sent: %s", group, exc)
        return False
    if report.sent != 1:
        log.warning("a confirmation email for %s could not be sent; see the mail server's log", group)
    return report.sent == 1


def _read_confirm(service: Service, token: str) -> tuple[str, str] | Response:
    try:
        group, email, _issued = mail.read_confirm(service.secret, token, service.clock())
    except mail.TokenError as exc:
        return _message(service, "This link does not work", f"Sorry: {exc}. You can sign up again from the "
                        "website.", 400)
    if group not in service.groups:
        return _message(service, "This link does not work", "That digest no longer exists.", 404)
    return group, email


async def confirm_page(request: Request) -> Response:
    service: Service = request.app.state.service
    found = _read_confirm(service, request.path_params["token"])
    if isinstance(found, Response):
        return found
    group, email = found
    return _form_page(service, request, "confirm.html", group=service.groups[group], email=email,
                      action=f"{service.url}confirm/{request.path_params['token']}")


async def confirm(request: Request) -> Response:
    service: Service = request.app.state.service
    form = await _form(request)
    if not service.csrf.valid(request, form):
        return _forbidden(service)
    found = _read_confirm(service, request.path_params["token"])
    if isinstance(found, Response):
        return found
    group, email = found
    now = service.clock()
    outcome = await service.writer.write(lambda store: store.confirm(group, email, now))
    name = service.groups[group].name
    if outcome == "not waiting":
        return _message(service, "This link no longer works", f"{email} is not waiting to join the {name} digest. "
                        "If you want it, please sign up again.", 409)
    return _message(service, "You are subscribed", f"{email} will get the {name} digest. Every email has a link "
                    "to stop it at any time.", 200)


def _read_unsubscribe(service: Service, token: str) -> tuple[str, str] | Response:
    try:
        group, email = mail.read_token(service.secret, token)
    except mail.TokenError:
        return _message(service, "This link does not work", "This unsubscribe link is not one we sent, or it was "
                        "changed on the way. Use the link in your most recent digest email.", 400)
    if group not in service.groups:
        return _message(service, "This link does not work", "That digest no longer exists.", 404)
    return group, email


async def unsubscribe_page(request: Request) -> Response:
    """One button: a GET never unsubscribes anyone, since mail scanners open every link."""
    service: Service = request.app.state.service
    found = _read_unsubscribe(service, request.path_params["token"])
    if isinstance(found, Response):
        return found
    group, email = found
    return page("unsubscribe.html", _context(service, group=service.groups[group], email=email,
                                             action=f"{service.url}unsubscribe/{request.path_params['token']}"))


async def unsubscribe(request: Request) -> Response:
    """RFC 8058 one-click: the signed token is the credential, so no session and no CSRF token."""
    service: Service = request.app.state.service
    found = _read_unsubscribe(service, request.path_params["token"])
    if isinstance(found, Response):
        return found
    form = await _form(request)
    if form.get("List-Unsubscribe") != "One-Click":
        return _message(service, "Nothing was changed", "To stop this digest, use the button on the unsubscribe "
                        "page.", 400)
    group, email = found
    now = service.clock()
    await service.writer.write(lambda store: store.unsubscribe(group, email, now))
    return _message(service, "You have unsubscribed", f"{email} will get no more emails from the "
                    f"{service.groups[group].name} digest.", 200,
                    preferences=f"{service.url}preferences/{mail.preferences_token(service.secret, email)}")


def _read_preferences(service: Service, token: str) -> str | Response:
    try:
        return mail.read_preferences(service.secret, token)
    except mail.TokenError:
        return _message(service, "This link does not work", "This link is not one we sent, or it was changed on the "
                        "way. Use the link at the end of your most recent digest email.", 400)


async def preferences_page(request: Request) -> Response:
    service: Service = request.app.state.service
    token = request.path_params.get("token", "")
    if not token:
        return _message(service, "Your digests", "To choose which digests you get, use the link at the end of any "
                        "digest email we sent you: it opens your own page.", 200)
    email = _read_preferences(service, token)
    if isinstance(email, Response):
        return email
    states = await service.writer.read(lambda store: store.memberships(email))
    return _preferences(service, request, token, email, states, done="")


def _preferences(service: Service, request: Request, token: str, email: str, states: Mapping[str, str],
                 done: str) -> Response:
    getting = [g for g in service.config.groups if states.get(g.key) == "subscribed"]
    others = [g for g in service.config.groups if states.get(g.key) != "subscribed"]
    return _form_page(service, request, "preferences.html", email=email, getting=getting, others=others, done=done,
                      action=f"{service.url}preferences/{token}")


async def preferences(request: Request) -> Response:
    service: Service = request.app.state.service
    token = request.path_params["token"]
    email = _read_preferences(service, token)
    if isinstance(email, Response):
        return email
    form = await _form(request)
    if not service.csrf.valid(request, form):
        return _forbidden(service)
    chosen = set(form.get("stop") or [])
    stop = [g.key for g in service.config.groups if form.get("all") == "yes" or g.key in chosen]

    now = service.clock()

    def record(store: Store) -> dict[str, str]:
        for key in stop:
            store.unsubscribe(key, email, now)
        return store.memberships(email)

    states = await service.writer.write(record)
    stopped = [service.groups[k].name for k in stop if k in service.groups]
    done = f"Stopped: {', '.join(stopped)}." if stopped else "Nothing was changed: no digest was ticked."
    return _preferences(service, request, token, email, states, done)


async def stylesheet(request: Request) -> Response:
    service: Service = request.app.state.service
    body = service.stylesheets.get(request.path_params["name"])
    if body is None:
        return PlainTextResponse("not found\n", status_code=404)
    return Response(body, media_type="text/css", headers={"cache-control": "public, max-age=3600"})
