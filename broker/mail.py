"""Build digest emails and deliver them through an outbox that is safe to retry.

Each (digest, subscriber) is one outbox row; the caller records each outcome
as soon as the server answers, so a run killed at any moment resends only
the message that was in flight. One SMTP connection carries many messages,
paced to the configured rate. Without SMTP settings, messages are written to
the outbox folder as .eml files instead.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import os
import re
import smtplib
import ssl
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import Protocol
from urllib.parse import quote, unquote, urlsplit

from .errors import MailError
from .models import Digest, Group

_CONTROL = re.compile(r"[\x00-\x1f\x7f\u0085\u2028\u2029]+")


def header_safe(text: str) -> str:
    """Header text from untrusted input: CR, LF and other control characters removed."""
    return _CONTROL.sub(" ", text).strip()


def mail_domain(base_url: str) -> str:
    return urlsplit(base_url).hostname or "localhost"


def message_id(group: str, digest_id: str, email: str, domain: str) -> str:
    """The same (digest, subscriber) always gets the same Message-ID, so a resend is recognisable."""
    who = hashlib.sha256(email.encode()).hexdigest()[:16]
    return f"<{digest_id}.{group}.{who}@{domain}>"


# ---------------------------------------------------------------- unsubscribe tokens


def unsubscribe_token(secret: bytes, group: str, email: str) -> str:
    """A token that names the subscriber and proves broker made it (HMAC-SHA256)."""
    payload = base64.urlsafe_b64encode(f"{group}\n{email}".encode()).decode().rstrip("=")
    signature = hmac.new(secret, payload.encode(), hashlib.sha256).digest()[:16]
    return payload + "." + base64.urlsafe_b64encode(signature).decode().rstrip("=")


_TOKEN_LIKE = re.compile(r"[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{8,}")


def read_token(secret: bytes, text: str) -> tuple[str, str]:
    """The (group, email) a token was made for, or MailError if it is not genuine.

    ``text`` may be the token alone or the whole subject line of an unsubscribe
    email ("Re: unsubscribe TOKEN", even still URL-encoded): the operator pastes
    what they see.
    """
    for token in reversed(_TOKEN_LIKE.findall(unquote(text))):
        payload, _, signature = token.partition(".")
        expected = base64.urlsafe_b64encode(
            hmac.new(secret, payload.encode(), hashlib.sha256).digest()[:16]).decode().rstrip("=")
        if hmac.compare_digest(signature, expected):
            group, _, email = base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)).decode().partition("\n")
            return group, email
    raise MailError("that unsubscribe token is not one broker made for this database; "
                    "copy the whole subject line or token from the request, or unsubscribe by address instead")


# ---------------------------------------------------------------- messages


@dataclass(frozen=True)
class Letterhead:
    """Who a digest comes from, shared by every message of a run."""

    site_title: str
    base_url: str
    sender: str
    reply_to: str = ""


@dataclass(frozen=True)
class DigestMail:
    """One digest's email, serialised once: shared headers and the MIME body.

    Only To, Message-ID and List-Unsubscribe differ between subscribers, so
    each message is these bytes plus three header lines; building a full
    EmailMessage per subscriber would cost more than sending it.
    """

    shared_headers: bytes
    body: bytes
    group: str
    digest_id: str
    domain: str
    sender: str
    base_url: str


def prepare(head: Letterhead, group: Group, digest: Digest, *, subject: str, text: str, html: str) -> DigestMail:
    """A multipart/alternative digest email: a text part that reads well alone, and HTML."""
    message = EmailMessage(policy=SMTP)
    message["Subject"] = header_safe(subject)
    user, _, host = head.sender.partition("@")
    message["From"] = Address(header_safe(head.site_title), user, host)
    if head.reply_to:
        message["Reply-To"] = head.reply_to
    message["Date"] = format_datetime(digest.created)
    domain = mail_domain(head.base_url)
    message["List-Id"] = f"{header_safe(group.name)} <{group.key}.{domain}>"
    message.set_content(text)
    message.add_alternative(html, subtype="html")
    headers, _, body = bytes(message).partition(b"\r\n\r\n")
    return DigestMail(headers + b"\r\n", body, group.key, digest.id, domain, head.sender, head.base_url)


def personalise(prepared: DigestMail, recipient: tuple[str, str] | None = None, token: str = "") -> bytes:
    """The message for one subscriber (or, with none, the preview copy addressed to nobody)."""
    if recipient is None:
        lines = ["To: undisclosed-recipients:;", f"Message-ID: <digest.{prepared.group}.{prepared.digest_id}"
                                                   f"@{prepared.domain}>"]
    else:
        email, name = recipient
        lines = [f"To: {formataddr((header_safe(name), email), charset='utf-8')}",
                 f"Message-ID: {message_id(prepared.group, prepared.digest_id, email, prepared.domain)}"]
    if token:
        links = [f"<mailto:{prepared.sender}?subject={quote('unsubscribe ' + token)}>"]
        if prepared.base_url.startswith("https://"):
            links.append(f"<{prepared.base_url}unsubscribe.html?token={token}>")
        lines.append("List-Unsubscribe: " + ",\r\n ".join(links))
    personal = "\r\n".join(lines).encode("ascii") + b"\r\n"
    return prepared.shared_headers + personal + b"\r\n" + prepared.body


def operator_report(head: Letterhead, to: str, subject: str, text: str, when: datetime) -> bytes:
    """A plain-text note to the operator (the feed-health report)."""
    message = EmailMessage(policy=SMTP)
    message["Subject"] = header_safe(subject)
    user, _, host = head.sender.partition("@")
    message["From"] = Address(header_safe(head.site_title), user, host)
    message["To"] = to
    message["Date"] = format_datetime(when)
    message["Message-ID"] = f"<health.{when:%Y%m%dT%H%M%S}@{mail_domain(head.base_url)}>"
    message.set_content(text)
    return bytes(message)


def write_eml(folder: Path, name: str, message: bytes) -> Path:
    """Save a message as ``folder/name.eml``, atomically, so no reader sees half of it."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.eml"
    temporary = folder / f".{name}.eml.{os.getpid()}.tmp"
    temporary.write_bytes(message)
    os.replace(temporary, path)
    return path


# ---------------------------------------------------------------- delivery


class Connection(Protocol):
    """The part of smtplib.SMTP that delivery uses (a seam for tests and other transports)."""

    def sendmail(self, from_addr: str, to_addrs: str | Sequence[str], msg: bytes) -> object: ...

    def quit(self) -> object: ...


ConnectionFactory = Callable[[], Connection]


def smtp_factory(host: str, port: int, security: str, timeout: float,
                 username: str = "", password: str = "") -> ConnectionFactory:
    """A factory for logged-in SMTP connections, with TLS as configured."""

    def connect() -> Connection:
        context = ssl.create_default_context()
        server: smtplib.SMTP
        if security == "ssl":
            server = smtplib.SMTP_SSL(host, port, timeout=timeout, context=context)
        else:
            server = smtplib.SMTP(host, port, timeout=timeout)
            if security == "starttls":
                server.starttls(context=context)
        if username:
            server.login(username, password)
        return server

    return connect


@dataclass
class SendReport:
    sent: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (email, reason)
    deferred: list[tuple[str, str]] = field(default_factory=list)  # 4xx after every retry
    stopped: str = ""  # why delivery stopped early, if it did


class Recorder(Protocol):
    """Where each outcome is written the moment it is known (the outbox)."""

    def sent(self, key: object) -> None: ...
    def failed(self, key: object, reason: str) -> None: ...
    def deferred(self, key: object, reason: str) -> None: ...


def deliver(jobs: Sequence[tuple[object, str, bytes]], connect: ConnectionFactory, record: Recorder,
            *, sender: str, rate_per_minute: int, retries: int = 3, backoff: float = 1.0,
            sleep: Callable[[float], None] = time.sleep,
            clock: Callable[[], float] = time.monotonic) -> SendReport:
    """Send each (key, recipient, message) over one reused connection.

    A 4xx answer is retried with growing pauses and, if it persists, left
    pending for the next run; a 5xx answer fails that message only; a lost
    server stops delivery and leaves the rest pending.
    """
    report = SendReport()
    interval = 60.0 / rate_per_minute
    server: Connection | None = None
    next_slot = clock()
    try:
        for key, recipient, message in jobs:
            wait = next_slot - clock()
            if wait > 0:
                sleep(wait)
            next_slot = max(next_slot, clock()) + interval
            for attempt in range(retries + 1):
                try:
                    if server is None:
                        server = connect()
                    server.sendmail(sender, [recipient], message)
                except smtplib.SMTPRecipientsRefused as exc:
                    code, answer = exc.recipients.get(recipient, (550, b"refused"))
                    outcome = _classify(code, answer)
                except smtplib.SMTPResponseException as exc:
                    outcome = _classify(exc.smtp_code, exc.smtp_error)
                except (smtplib.SMTPServerDisconnected, OSError) as exc:
                    server = None
                    if attempt < retries:
                        sleep(backoff * 2 ** attempt)
                        continue
                    report.stopped = f"the mail server could not be reached ({exc or type(exc).__name__})"
                    return report
                else:
                    record.sent(key)
                    report.sent += 1
                    break
                kind, reason = outcome
                if kind == "temporary" and attempt < retries:
                    sleep(backoff * 2 ** attempt)
                    continue
                if kind == "temporary":
                    record.deferred(key, reason)
                    report.deferred.append((recipient, reason))
                else:
                    record.failed(key, reason)
                    report.failed.append((recipient, reason))
                break
    finally:
        if server is not None:
            with contextlib.suppress(smtplib.SMTPException, OSError):
                server.quit()
    return report


def _classify(code: int, answer: bytes | str) -> tuple[str, str]:
    text = answer.decode("utf-8", "replace") if isinstance(answer, bytes) else str(answer)
    reason = f"the mail server said {code} {header_safe(text)}"
    return ("temporary" if 400 <= code < 500 else "permanent"), reason
