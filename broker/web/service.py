"""What every request handler of ``broker serve`` shares: the config, the secret, the defences, the clock."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urlsplit

from ..config import Config
from ..mail import Letterhead
from ..mail.outbox import letterhead
from ..mail.smtp import ConnectionFactory
from ..models import Group
from ..siteview import Plainer
from ..store import Store
from .pages import stylesheets
from .security import Csrf, Limit, SignInGuard
from .writer import Writer

SIGNUPS_PER_HOUR = 20  # from one client address: enough for a family or an office, too few to flood anyone


def utc_now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


@dataclass
class Service:
    """Made once when the service starts; handlers read it from ``request.app.state.service``."""

    config: Config
    secret: bytes
    csrf: Csrf
    signups: Limit
    head: Letterhead
    writer: Writer
    clock: Callable[[], datetime] = utc_now
    connect: ConnectionFactory | None = None  # None: the configured mail server (tests aim it elsewhere)
    stylesheets: Mapping[str, bytes] = field(default_factory=stylesheets)
    sign_ins: SignInGuard = field(default_factory=SignInGuard)
    _plainer: Plainer | None = field(default=None, repr=False)
    _plain_stamp: tuple[float, ...] = field(default=(), repr=False)

    @property
    def url(self) -> str:
        assert self.config.web is not None
        return self.config.web.url

    @property
    def path(self) -> str:
        """The path part of the service's address: its cookies are sent only below it."""
        return urlsplit(self.url).path or "/"

    @property
    def secure(self) -> bool:
        return self.url.startswith("https://")

    @property
    def groups(self) -> dict[str, Group]:
        return {g.key: g for g in self.config.groups}

    def plainer(self) -> Plainer:
        """Plain-language entries, made once per item; made afresh when the curators' files change."""
        stamp = tuple(path.stat().st_mtime if path.exists() else 0.0
                      for path in (self.config.summaries, self.config.glossary_file or self.config.summaries))
        if self._plainer is None or stamp != self._plain_stamp:
            self._plainer, self._plain_stamp = Plainer(self.config), stamp
        return self._plainer

    def forget_plain(self) -> None:
        """A summary was just written: make entries afresh (a folder's time may not change within a second)."""
        self._plainer = None

    @classmethod
    def start(cls, config: Config, *, clock: Callable[[], datetime] = utc_now,
              connect: ConnectionFactory | None = None) -> Service:
        assert config.web is not None
        with Store.open(config.database) as store:  # made (and migrated) here, once, not per request
            secret = store.unsubscribe_secret()
        path = urlsplit(config.web.url).path or "/"
        return cls(config, secret, Csrf(secret, path, config.web.secure), Limit(SIGNUPS_PER_HOUR, 3600.0),
                   letterhead(config), Writer(config.database), clock, connect)
