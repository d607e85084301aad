"""Deliver messages over one reused SMTP connection, recording each outcome as the server answers.

Each (digest, subscriber) is one outbox row; the caller records each outcome
as soon as the server answers, so a run killed at any moment resends only
the message that was in flight. One SMTP connection carries many messages,
paced to the configured rate.
"""

from __future__ import annotations

import contextlib
import smtplib
import ssl
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from .message import header_safe


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
