"""Files the curators keep beside feeds.toml: their glossary terms and hand-written summaries.

Both are plain files so curators can edit them in any editor and keep them
under version control; the paths come from the config.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

from .config import Config
from .errors import ConfigError
from .plain import Glossary, merge_glossaries, parse_glossary

SHIPPED_GLOSSARY = Path(__file__).with_name("glossary.toml")


def load_glossary(config: Config | None) -> Glossary:
    """The shipped glossary, with the curators' own terms (if any) added or put in place of ours."""
    shipped = parse_glossary(tomllib.loads(SHIPPED_GLOSSARY.read_text(encoding="utf-8")))
    if config is None or config.glossary_file is None:
        return shipped
    path = config.glossary_file
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{config.path.name}: [broker] glossary: {path} does not exist. "
                          "Create it, or remove the glossary line") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path.name}: is not valid TOML ({exc}). Check the quotes and brackets on that line") \
            from None
    try:
        extra = parse_glossary(data)
    except ConfigError as exc:
        problems = [f"{path.name}: {problem}" for problem in exc.problems]
        raise ConfigError("\n".join(problems), problems) from None
    return merge_glossaries(shipped, extra)


def hand_summaries(config: Config) -> dict[str, str]:
    """Curators' own summaries: ``summaries/<item id>.txt``; they always win over the automatic ones."""
    if not config.summaries.is_dir():
        return {}
    found = {}
    for path in sorted(config.summaries.glob("*.txt")):
        text = path.read_text(encoding="utf-8").strip()
        if text:
            found[path.stem] = text
    return found


def save_hand_summary(config: Config, item_id: str, text: str) -> Path | None:
    """Keep a curator's summary (or, given empty text, remove it and go back to the automatic one)."""
    path = config.summaries / f"{item_id}.txt"
    if not text.strip():
        path.unlink(missing_ok=True)
        return None
    config.summaries.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".txt.tmp")
    temporary.write_text(text.strip() + "\n", encoding="utf-8")
    os.replace(temporary, path)
    return path
