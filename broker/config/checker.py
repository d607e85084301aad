"""Collecting every problem in feeds.toml, each as one line that names the file, the place and the fix."""

from __future__ import annotations

import difflib
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from .settings import KEY_PATTERN


class Reported(ConfigError):
    """Problems already recorded one by one; raised only to stop checking the current table."""


class Checker:
    """Collects every problem in the file, each a line that starts with the file's name."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problems: list[str] = []

    def fail(self, where: str, problem: str, fix: str) -> ConfigError:
        return ConfigError(f"{self.path.name}: {where}: {problem}. {fix}")

    @contextmanager
    def collect(self) -> Iterator[None]:
        """Record a problem raised inside, and go on checking the rest of the file."""
        try:
            yield
        except Reported:
            pass
        except ConfigError as exc:
            self.problems.append(str(exc))

    def table(self, where: str, data: Any) -> Mapping[str, Any]:
        if not isinstance(data, Mapping):
            raise self.fail(where, "should be a table", f"Write it as [{where}] with keys below it")
        return data

    def keys(self, where: str, data: Mapping[str, Any], allowed: Mapping[str, Any],
             required: tuple[str, ...] = ()) -> None:
        """Every unknown, mistyped or missing key in one table; raises once if there was any."""
        before, suggested = len(self.problems), set()
        for key, value in data.items():
            if key not in allowed:
                close = difflib.get_close_matches(key, list(allowed), n=1)
                suggested.update(close)
                hint = f"Did you mean {close[0]!r}?" if close else (
                    "Remove it, or use one of: " + ", ".join(allowed))
                self.problems.append(str(self.fail(where, f"unknown key {key!r}", hint)))
                continue
            want = allowed[key]
            if not is_type(value, want):
                self.problems.append(str(self.fail(f"{where} {key}", f"should be {kind_words(want)}, not {value!r}",
                                                   f"Write it like: {key} = {example(want)}")))
        for key in required:
            if key in suggested:
                continue  # "Did you mean 'title'?" already says it
            if key not in data or (isinstance(data[key], str) and not data[key].strip()):
                self.problems.append(str(self.fail(where, f"{key!r} is missing",
                                                   f"Add a line: {key} = {example(allowed[key])}")))
        if len(self.problems) > before:
            raise Reported(self.problems[-1])

    def strings(self, where: str, values: list[Any]) -> tuple[str, ...]:
        for value in values:
            if not isinstance(value, str) or not value.strip():
                raise self.fail(where, f"{value!r} is not a word or phrase",
                                'Write a list of words in quotes, like ["carer", "unpaid care"]')
        return tuple(v.strip() for v in values)

    def slug(self, where: str, key: str) -> None:
        if not KEY_PATTERN.match(key):
            raise self.fail(where, f"the name {key!r} cannot be used in web addresses",
                            "Use lower-case letters, digits and hyphens, like southwark-carers")


def kind_words(want: Any) -> str:
    names = {str: "text in quotes", int: "a whole number", bool: "true or false",
             list: "a list in [ ]", dict: "a table"}
    if isinstance(want, tuple):
        return "a number"
    return names.get(want, "a value")


def example(want: Any) -> str:
    examples = {str: '"…"', int: "12", bool: "true", list: '["…", "…"]', dict: "{ … }"}
    if isinstance(want, tuple):
        return "30"
    return examples.get(want, '"…"')




def is_type(value: Any, want: Any) -> bool:
    """The TOML value has the type a key wants (true/false are never numbers)."""
    return isinstance(value, want) and not (isinstance(value, bool) and want is not bool)
