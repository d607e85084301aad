"""Signed tokens in links and subjects: unsubscribe, confirm a sign-up, change preferences.

A token names the person (and group) and carries an HMAC-SHA256 signature made
with the database's secret, so it is its own credential: nothing needs to be
looked up to trust it, and a changed character breaks it. Each kind is signed
with a key of its own, so a token of one kind never works as another.
Unsubscribe tokens keep their first format, so links in digests already sent
go on working.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from datetime import datetime, timedelta
from urllib.parse import unquote

from ..errors import MailError

CONFIRM_DAYS = 7
_TOKEN_LIKE = re.compile(r"[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{8,}")


class TokenError(MailError):
    """A token that broker did not make, was changed, or has expired."""


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _key(secret: bytes, kind: str) -> bytes:
    if kind == "unsubscribe":
        return secret
    return hmac.new(secret, f"broker {kind} token".encode(), hashlib.sha256).digest()


def _sign(secret: bytes, kind: str, *fields: str) -> str:
    payload = _b64("\n".join(fields).encode())
    return payload + "." + _b64(hmac.new(_key(secret, kind), payload.encode(), hashlib.sha256).digest()[:16])


def _read(secret: bytes, kind: str, token: str, count: int) -> list[str] | None:
    payload, _, signature = token.strip().partition(".")
    expected = _b64(hmac.new(_key(secret, kind), payload.encode(), hashlib.sha256).digest()[:16])
    if not payload or not hmac.compare_digest(signature, expected):
        return None
    try:
        fields = _unb64(payload).decode().split("\n")
    except (ValueError, UnicodeDecodeError):
        return None
    return fields if len(fields) == count else None


def unsubscribe_token(secret: bytes, group: str, email: str) -> str:
    """A token that names the subscriber of one group and proves broker made it."""
    return _sign(secret, "unsubscribe", group, email)


def read_token(secret: bytes, text: str) -> tuple[str, str]:
    """The (group, email) an unsubscribe token was made for, or TokenError if it is not genuine.

    ``text`` may be the token alone or the whole subject line of an unsubscribe
    email ("Re: unsubscribe TOKEN", even still URL-encoded): the operator pastes
    what they see.
    """
    for token in reversed(_TOKEN_LIKE.findall(unquote(text))):
        fields = _read(secret, "unsubscribe", token, 2)
        if fields is not None:
            return fields[0], fields[1]
    raise TokenError("that unsubscribe token is not one broker made for this database; "
                     "copy the whole subject line or token from the request, or unsubscribe by address instead")


def confirm_token(secret: bytes, group: str, email: str, issued: datetime) -> str:
    """The token in a sign-up's confirmation link; it expires CONFIRM_DAYS after ``issued``."""
    return _sign(secret, "confirm", group, email, str(int(issued.timestamp())))


def read_confirm(secret: bytes, token: str, now: datetime) -> tuple[str, str, datetime]:
    """(group, email, issued) of a genuine confirmation token that has not expired, or TokenError."""
    fields = _read(secret, "confirm", token, 3)
    if fields is None or not fields[2].isdigit():
        raise TokenError("this confirmation link is not one we sent, or it was changed on the way")
    issued = datetime.fromtimestamp(int(fields[2]), now.tzinfo)
    if now - issued > timedelta(days=CONFIRM_DAYS):
        raise TokenError(f"this confirmation link has expired: links work for {CONFIRM_DAYS} days")
    return fields[0], fields[1], issued


def preferences_token(secret: bytes, email: str) -> str:
    """The token in every digest's footer link to the page where a person chooses what they get."""
    return _sign(secret, "preferences", email)


def read_preferences(secret: bytes, token: str) -> str:
    """The address a genuine preferences token was made for, or TokenError."""
    fields = _read(secret, "preferences", token, 1)
    if fields is None:
        raise TokenError("this link is not one we sent, or it was changed on the way")
    return fields[0]
