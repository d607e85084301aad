"""The web service's defences in one place: CSRF, security headers, and limits on how often.

- CSRF: every form carries a token that is an HMAC of a random cookie the
  browser holds (signed double-submit). A POST whose token does not match its
  cookie is refused with 403. Issue 16's sessions bind the token to the session.
- Headers: a strict Content-Security-Policy (no script at all), no framing,
  no Referer (links hold tokens), nothing cached.
- Limits: at most ``limit`` events per key in a sliding window, kept in memory
  (one ``broker serve`` process serves a community group's traffic easily).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from starlette.datastructures import MutableHeaders
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

CSRF_COOKIE = "broker_csrf"
CSRF_FIELD = "csrf"
POLICY = ("default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; "
          "frame-ancestors 'none'")
HEADERS = {
    "content-security-policy": POLICY,
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",  # a page's address may hold a token: never pass it on
    "cache-control": "no-store",
    "permissions-policy": "interest-cohort=()",
}


class SecurityHeaders:
    """ASGI middleware adding the security headers to every response (pure ASGI: cheap per request)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in HEADERS.items():
                    headers.setdefault(name, value)
            await send(message)

        await self.app(scope, receive, with_headers)


@dataclass(frozen=True)
class Csrf:
    """Signed double-submit tokens: the form's token is an HMAC of the browser's own random cookie."""

    secret: bytes
    path: str  # the cookie is sent only below the service's address
    secure: bool  # https: the cookie never travels in the clear

    def _sign(self, cookie: str) -> str:
        return hmac.new(self.secret, f"csrf {cookie}".encode(), hashlib.sha256).hexdigest()[:32]

    def token(self, request: Request) -> tuple[str, str]:
        """(the cookie to keep or set, the token for this page's forms)."""
        cookie = getattr(request.state, "csrf_cookie", "") or request.cookies.get(CSRF_COOKIE, "")
        if len(cookie) != 32 or not all(c in "0123456789abcdef" for c in cookie):
            cookie = secrets.token_hex(16)
        request.state.csrf_cookie = cookie  # one cookie per request, however many forms the page has
        return cookie, self._sign(cookie)

    def remember(self, response: Response, cookie: str) -> None:
        response.set_cookie(CSRF_COOKIE, cookie, path=self.path, secure=self.secure, httponly=True, samesite="lax")

    def valid(self, request: Request, form: Mapping[str, object]) -> bool:
        cookie = request.cookies.get(CSRF_COOKIE, "")
        given = form.get(CSRF_FIELD)
        return bool(cookie) and isinstance(given, str) and hmac.compare_digest(given, self._sign(cookie))


class Limit:
    """At most ``limit`` events per key within ``window`` seconds (a sliding window, in memory)."""

    def __init__(self, limit: int, window: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit, self.window, self.clock = limit, window, clock
        self.seen: dict[str, deque[float]] = {}

    def allow(self, key: str) -> bool:
        """Count one event for ``key``; False (and not counted) if the key is over its limit."""
        now = self.clock()
        events = self.seen.setdefault(key, deque())
        while events and now - events[0] >= self.window:
            events.popleft()
        if len(events) >= self.limit:
            return False
        events.append(now)
        if len(self.seen) > 10_000:  # forget quiet keys, so memory stays small under a flood of new ones
            self.seen = {k: v for k, v in self.seen.items() if v and now - v[-1] < self.window}
        return True


class SignInGuard:
    """Failed sign-ins per address: after five within 15 minutes, the address waits 15 minutes from the fifth.

    The wait holds even for the right password, so guessing gains nothing; a
    success clears the count. Kept in memory: one ``broker serve`` process.
    """

    def __init__(self, failures: int = 5, window: float = 15 * 60.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.limit, self.window, self.clock = failures, window, clock
        self.failures: dict[str, deque[float]] = {}

    def waiting(self, email: str) -> float:
        """Seconds this address must still wait before it may try (0: it may try now)."""
        seen = self.failures.get(email.lower())
        if not seen or len(seen) < self.limit or seen[-1] - seen[0] >= self.window:
            return 0.0
        return max(0.0, seen[-1] + self.window - self.clock())

    def failed(self, email: str) -> None:
        self.failures.setdefault(email.lower(), deque(maxlen=self.limit)).append(self.clock())

    def succeeded(self, email: str) -> None:
        self.failures.pop(email.lower(), None)
