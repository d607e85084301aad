"""A pattern that hands ASCII text to a twin compiled with ``re.ASCII``, which matches it alike and faster.

On ASCII text the Unicode rules a pattern follows by default find what the ASCII ones do: the word characters,
digits and letter cases they disagree on are all beyond ASCII. The exceptions: Unicode's white space takes in \\x1c to
\\x1f, which the twin's ``\\s`` is made to say too, and four letters beyond ASCII match ASCII ones when case is
ignored, so a pattern that spells one gets no twin. The ASCII rules are looked up in a table, the Unicode ones
by a call into Python's Unicode database for each character a ``\\b``, ``\\w`` or case-blind letter is asked of, which
for the busiest patterns is a fifth to a half of their time. A twin costs one more Python call a search, so it is
for patterns that do much work on each text. Most abstracts are ASCII; others take the pattern as written.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from typing import Any

# Characters outside ASCII that a case-blind letter of ASCII matches (KELVIN SIGN, LONG S, the Turkish I's): a pattern
# that spells one, or a range that holds one, would match ASCII text the twin does not.
_FOLDS_TO_ASCII = (0x130, 0x131, 0x17F, 0x212A)
_CHAR = r"(\\u[0-9a-fA-F]{4}|\\U[0-9a-fA-F]{8}|\\x[0-9a-fA-F]{2}|\\N\{[^}]*\}|\\.|[^\\])"
_CHARS = re.compile(_CHAR + r"(?:-" + _CHAR + ")?")
_ESCAPE_BEYOND_ASCII = re.compile(r"\\[uUN]|\\x[89a-fA-F]")


def _code(char: str) -> int:
    """The code point a pattern's character stands for (an escape like "\\u2019" as the character it names)."""
    if char[:2] in ("\\u", "\\U", "\\x"):
        return int(char[2:], 16)
    if char[:2] == "\\N":
        return 0x10FFFF  # a named character: taken as any, so the pattern gets no twin
    return ord(char[-1])


def _may_fold_to_ascii(pattern: str) -> bool:
    """Whether a character or range the pattern spells holds one of ``_FOLDS_TO_ASCII`` (read as ranges wherever a
    "-" stands between two characters, which only ever refuses more)."""
    if pattern.isascii() and not _ESCAPE_BEYOND_ASCII.search(pattern):
        return False  # every character and range is ASCII
    for m in _CHARS.finditer(pattern):
        low = _code(m[1])
        high = _code(m[2]) if m[2] else low
        if high == 0x10FFFF or any(low <= c <= high for c in _FOLDS_TO_ASCII):
            return True
    return False


def _ascii_spaces(pattern: str) -> str:
    """The pattern with ``\\s`` (and ``\\S``) taking \\x1c to \\x1f for white space, as Unicode does."""
    out, i, in_class = [], 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            pair = pattern[i:i + 2]
            if pair == "\\s":
                out.append(r"\s\x1c-\x1f" if in_class else r"[\s\x1c-\x1f]")
            elif pair == "\\S":
                if in_class:
                    raise ValueError(f"no ASCII twin for a class holding \\S: {pattern!r}")
                out.append(r"[^\s\x1c-\x1f]")
            else:
                out.append(pair)
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            n = 1 + (pattern[i + 1:i + 2] == "^")
            n += pattern[i + n:i + n + 1] == "]"
            out.append(pattern[i:i + n])
            i += n
            continue
        out.append(ch)
        i += 1
    return "".join(out)


class AsciiTwin:
    """A compiled pattern (``self.any``) and its twin for ASCII text (``self.ascii``); the methods ask the right one."""

    __slots__ = ("any", "ascii", "flags", "pattern")

    def __init__(self, compiled: re.Pattern[str]) -> None:
        source = compiled.pattern
        if _may_fold_to_ascii(source):  # (case may be ignored in part of a pattern, "(?i:…)": asked of every one)
            raise ValueError(f"no ASCII twin for a pattern with a letter that folds to ASCII: {source!r}")
        self.any = compiled
        self.ascii = re.compile(_ascii_spaces(source), (compiled.flags & ~re.UNICODE) | re.ASCII)
        self.pattern = source
        self.flags = compiled.flags

    def _for(self, text: str) -> re.Pattern[str]:
        return self.ascii if text.isascii() else self.any

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return (self.ascii if text.isascii() else self.any).search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return (self.ascii if text.isascii() else self.any).match(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self._for(text).finditer(text, pos, endpos)

    def findall(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self._for(text).findall(text, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str, count: int = 0) -> str:
        return self._for(text).sub(repl, text, count)
