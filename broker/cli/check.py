"""``broker check``: feeds.toml and everything it names, checked without fetching anything.

Its own module, with few imports, so that checking after every edit is quick.
"""

from __future__ import annotations

from .. import checkup
from .base import _fail_all, _load, _say, config_option, main, plural


@main.command()
@config_option
def check(config_path: str) -> None:
    """Check feeds.toml and say what is wrong, without fetching anything.

    Example: broker check --config feeds.toml
    """
    config = _load(config_path)
    problems = checkup.everything(config)
    if problems:
        _fail_all(problems)
    _say(f"{config.path.name} is fine: {plural(len(config.feeds), 'feed')}, {plural(len(config.themes), 'theme')}, "
         f"{plural(len(config.groups), 'group')}.")
