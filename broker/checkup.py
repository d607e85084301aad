"""What ``broker check`` looks at beyond feeds.toml's own keys: the files it names, and its feeds' addresses.

A build refuses a broken glossary and cannot read a feed file that is not
there or a feed on a private network, so ``check`` finds all of these first,
each as one line that names the thing and the fix, without fetching anything.
It also names the feed a web page declares, where the last build found one.
"""

from __future__ import annotations

import ipaddress
from pathlib import Path
from urllib.parse import urlsplit

from .config import Config
from .errors import ConfigError

_LOCAL_NAMES = ("localhost", "localhost.localdomain", "ip6-localhost")
_LOCAL_SUFFIXES = (".localhost", ".local", ".internal", ".lan", ".home.arpa")


def curators_files(config: Config) -> list[str]:
    """Problems with the curators' glossary and summaries that would stop a build."""
    problems = []
    if config.glossary_file is not None:  # the shipped glossary is checked by broker's own tests
        from . import curated  # the plain-language code loads only to read a curators' glossary

        try:
            curated.load_glossary(config)
        except ConfigError as exc:
            problems.extend(exc.problems)
    folder = config.summaries
    if folder.exists() and not folder.is_dir():
        problems.append(f"{config.path.name}: [broker] summaries: {folder} is a file, not a folder. "
                        "Point summaries at a folder (it holds one ITEM.txt per hand-written summary)")
    elif folder.is_dir():
        for path in sorted(folder.glob("*.txt")):
            try:
                path.read_text(encoding="utf-8")
            except UnicodeDecodeError:
                problems.append(f"{path.name}: is not UTF-8 text. Save it as UTF-8 in your editor")
            except OSError as exc:
                problems.append(f"{path.name}: cannot be read ({exc.strerror}). Check its permissions")
    return problems


def feed_addresses(config: Config) -> list[str]:
    """Feeds a build could not read: missing local files, and hosts on this machine or a private network."""
    problems = []
    for feed in config.feeds:
        where = f"{config.path.name}: [[feeds]] {feed.name!r} url"
        parts = urlsplit(feed.url)
        if parts.scheme not in ("http", "https"):
            if not Path(feed.url).is_file():
                problems.append(f"{where}: the file {feed.url} does not exist. Check the path (a relative path is "
                                f"read from the folder of {config.path.name}), or write the feed's web address")
            continue
        host = (parts.hostname or "").lower()
        if not config.allow_private_networks and _private(host):
            problems.append(f"{where}: {host} is this computer or a private network, which broker does not fetch "
                            "from. Use the feed's public address, or set allow_private_networks = true in [broker] "
                            "only if you trust every feed")
    return problems


def _private(host: str) -> bool:
    """A host that is this machine or a private network by its name or number alone (no DNS look-up)."""
    if host in _LOCAL_NAMES or host.endswith(_LOCAL_SUFFIXES):
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return not address.is_global or address.is_multicast


def feed_advice(config: Config) -> list[str]:
    """Feeds whose last fetch found a web page that names a feed: use that feed's address instead."""
    if not config.database.exists():
        return []
    from .store import Store  # only when a build has left a database to read

    with Store.open(config.database) as store:
        rows = store.feed_rows()
    return [f"{config.path.name}: [[feeds]] {feed.name!r} url: {row.suggested_url} is the feed that web page names. "
            f'Write url = "{row.suggested_url}"' for feed in config.feeds
            if (row := rows.get(feed.url)) is not None and row.suggested_url]


def everything(config: Config) -> list[str]:
    """Every problem ``broker check`` reports once feeds.toml itself has loaded."""
    return curators_files(config) + feed_addresses(config) + feed_advice(config)
