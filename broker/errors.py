"""Every error that broker raises on purpose.

Library code raises these; only ``cli.py`` turns them into ``Error: …`` lines
and exit codes. Each message names the feed, file or key and says how to fix it.

    BrokerError
    ├── ConfigError      feeds.toml (or a file it names) is wrong
    ├── FetchError       one feed could not be fetched or read
    ├── StoreError       the database cannot be used as it is
    │   └── UnknownItem  no stored item has the id a curator gave
    ├── LabelError       a curator's label cannot be recorded
    ├── MailError        a message could not be built or delivered
    └── LockError        another broker run holds the lock
"""

from __future__ import annotations


class BrokerError(Exception):
    """Base class: a problem broker can explain to its user."""


class ConfigError(BrokerError):
    """The configuration file is missing, unreadable or invalid.

    ``problems`` holds every problem found, one line each, so a curator can fix
    them all in one go; the message is those lines joined.
    """

    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        super().__init__(message)
        self.problems = list(problems) if problems else [message]


class FetchError(BrokerError):
    """A feed could not be fetched, or its bytes are not a feed."""


class StoreError(BrokerError):
    """The database is unusable (for example, made by a newer broker)."""


class UnknownItem(StoreError):
    """No stored item has the given id (a mistyped id is a usage error, not a broken database)."""


class LabelError(BrokerError):
    """A label names an unknown item or theme, or contradicts another."""


class MailError(BrokerError):
    """A message could not be built or handed to the mail server."""


class LockError(BrokerError):
    """Another broker run is in progress."""
