"""feeds.toml: read, checked (every problem at once), and turned into the frozen Config every stage reads.

``settings`` holds the Config and its parts, ``checker`` collects problems,
``read`` parses each table.
"""

from .read import load_config, load_themes, parse_config
from .settings import Config, EmailSettings, WebSettings

__all__ = ["Config", "EmailSettings", "WebSettings", "load_config", "load_themes", "parse_config"]
