"""A real SMTP server on 127.0.0.1 (aiosmtpd) that tests can make misbehave on purpose."""

from __future__ import annotations

import email
import email.policy
import socket
import threading
from dataclasses import dataclass, field
from email.message import EmailMessage
from typing import Any

from aiosmtpd.controller import Controller


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Inbox:
    """What the server accepted, and the faults it was told to inject."""

    messages: list[EmailMessage] = field(default_factory=list)
    rcpt_replies: dict[str, list[str]] = field(default_factory=dict)  # address -> replies to give, in turn
    accept_limit: int | None = None  # after this many messages, answer 421 and shut down
    lock: threading.Lock = field(default_factory=threading.Lock)
    on_limit: Any = None

    def recipients(self) -> list[str]:
        return [str(m["To"].addresses[0].addr_spec) for m in self.messages]


class _Handler:
    def __init__(self, inbox: Inbox) -> None:
        self.inbox = inbox

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str,
                          rcpt_options: list[str]) -> str:
        with self.inbox.lock:
            planned = self.inbox.rcpt_replies.get(address)
            if planned:
                return planned.pop(0)
            if self.inbox.accept_limit is not None and len(self.inbox.messages) >= self.inbox.accept_limit:
                return "421 4.3.0 Service shutting down"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        with self.inbox.lock:
            self.inbox.messages.append(message)  # type: ignore[arg-type]
            reached = self.inbox.accept_limit is not None and len(self.inbox.messages) >= self.inbox.accept_limit
        if reached and self.inbox.on_limit:
            self.inbox.on_limit()
        return "250 Message accepted for delivery"


class SmtpServer:
    """Start, stop and restart a local SMTP server on a fixed port."""

    def __init__(self, inbox: Inbox | None = None) -> None:
        self.inbox = inbox or Inbox()
        self.port = free_port()
        self.controller: Controller | None = None

    def start(self) -> SmtpServer:
        self.controller = Controller(_Handler(self.inbox), hostname="127.0.0.1", port=self.port)
        self.controller.start()
        return self

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None

    def stop_soon(self) -> None:
        """Stop from another thread, as if the server crashed mid-run."""
        threading.Thread(target=self.stop, daemon=True).start()
