"""Email: messages built once and personalised, signed tokens, SMTP delivery, and the digest outbox.

- ``message``: digest emails, confirmation emails and notes, as bytes (pure);
- ``tokens``: the signed tokens in unsubscribe, confirm and preferences links (pure);
- ``smtp``: delivery over one reused connection, each outcome recorded at once;
- ``outbox``: queueing each published digest for its subscribers and sending
  what waits (it reads the store and renders the bodies, so it is imported
  on its own: ``from broker.mail import outbox``).
"""

from .message import (
    PREFERENCES_PLACEHOLDER,
    DigestMail,
    Letterhead,
    confirmation,
    header_safe,
    mail_domain,
    message_id,
    operator_report,
    personalise,
    prepare,
    write_eml,
)
from .smtp import Connection, ConnectionFactory, Recorder, SendReport, deliver, smtp_factory
from .tokens import (
    TokenError,
    confirm_token,
    preferences_token,
    read_confirm,
    read_preferences,
    read_token,
    unsubscribe_token,
)

__all__ = [
    "PREFERENCES_PLACEHOLDER",
    "Connection",
    "ConnectionFactory",
    "DigestMail",
    "Letterhead",
    "Recorder",
    "SendReport",
    "TokenError",
    "confirm_token",
    "confirmation",
    "deliver",
    "header_safe",
    "mail_domain",
    "message_id",
    "operator_report",
    "personalise",
    "preferences_token",
    "prepare",
    "read_confirm",
    "read_preferences",
    "read_token",
    "smtp_factory",
    "unsubscribe_token",
    "write_eml",
]
