"""Compiled patterns that skip, cheaply, every place where no match could start.

Python's matcher tries a pattern at every position of the text unless the pattern opens
with a plain letter, a character class or "^": one that opens with ``\\b``, a look-behind or
a choice of words gets no help, and each position costs a full try. ``starting`` works out
the characters a match can start with (or "^", for a branch that opens with it) and puts a
look-ahead for them in front, so most positions fail at once. The matches are the same (the
look-ahead only asks for what every match starts with anyway); the busiest patterns run 1.3
to 6 times faster. Patterns the matcher already skips through are compiled as they are.
``by_letters`` goes further for patterns led by "\\b" and words: it puts the "\\b" behind them, so the matcher
looks for the words themselves.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from types import MappingProxyType
from typing import Any

try:  # the parser's own names, stable since 3.11; private, so a Python that moves them gets plain patterns
    from re import _constants as c  # type: ignore[attr-defined]
    from re import _parser as parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - every Python broker supports has them
    c = parser = None

_CATEGORIES = MappingProxyType({c.CATEGORY_DIGIT: r"\d", c.CATEGORY_NOT_DIGIT: r"\D", c.CATEGORY_WORD: r"\w",
                                c.CATEGORY_NOT_WORD: r"\W", c.CATEGORY_SPACE: r"\s", c.CATEGORY_NOT_SPACE: r"\S"}
                               if c else {})
_ZERO_WIDTH = (c.AT, c.ASSERT, c.ASSERT_NOT) if c else ()
_AT_START = "^"  # never a class piece, which would be written "\\^"
_REPEATS = (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) if c else ()


class _Unknown(Exception):
    """The first character cannot be told from the pattern (a ``.``, a negated class, scoped flags …)."""


def _class(items: list[tuple[Any, Any]]) -> set[str]:
    """The pieces of a character class ``[…]``, written back as class text."""
    out = set()
    for op, av in items:
        if op is c.LITERAL:
            out.add(re.escape(chr(av)))
        elif op is c.RANGE:
            out.add(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is c.CATEGORY and av in _CATEGORIES:
            out.add(_CATEGORIES[av])
        else:  # a negated class, or anything else: no first set we can trust
            raise _Unknown
    return out


def _first(items: Any) -> tuple[set[str], bool]:
    """(what a match of ``items`` can start with, as class pieces; whether it can match the empty string).

    A branch that opens with "^" adds ``_AT_START``: it can start only where "^" matches, whatever comes next.
    """
    out: set[str] = set()
    for op, av in items:
        if op is c.AT and av in (c.AT_BEGINNING, c.AT_BEGINNING_STRING):
            return out | {_AT_START}, False
        if op is c.LITERAL:
            return out | {re.escape(chr(av))}, False
        if op is c.IN:
            return out | _class(av), False
        if op in _ZERO_WIDTH:
            continue  # "\b", "^" and look-arounds take no character: what follows them comes first
        if op is c.SUBPATTERN:
            if av[1] or av[2]:
                raise _Unknown  # "(?i:…)": its case rules are not the pattern's
            first, empty = _first(av[3])
        elif op is c.ATOMIC_GROUP:
            first, empty = _first(av)
        elif op is c.BRANCH:
            firsts = [_first(branch) for branch in av[1]]
            first, empty = set().union(*(f for f, _ in firsts)), any(e for _, e in firsts)
        elif op in _REPEATS:
            first, empty = _first(av[2])
            empty = empty or av[0] == 0
        else:  # ".", a back-reference, a conditional: give up
            raise _Unknown
        out |= first
        if not empty:
            return out, False
    return out, True


def _skips_already(items: Any, flags: int) -> bool:
    """Whether the matcher finds the possible starts by itself: the pattern opens with a letter, a class, a choice
    of plain letters, or "^" (tried at the start only). A look-ahead there only costs."""
    if not len(items):
        return False
    op, av = items[0]
    if op is c.SUBPATTERN and not (av[1] or av[2]):
        return _skips_already(av[3], flags)
    if op is c.AT:
        return av in (c.AT_BEGINNING, c.AT_BEGINNING_STRING) and not flags & re.MULTILINE
    if flags & re.IGNORECASE:
        return False
    if op is c.BRANCH:
        return all(len(branch) and branch[0][0] is c.LITERAL for branch in av[1])
    return op in (c.LITERAL, c.IN)


def starting(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, led by a look-ahead of the characters a match can start with, when known."""
    if parser is None:
        return re.compile(pattern, flags)
    parsed = parser.parse(pattern, flags)
    if _skips_already(parsed, flags):
        return re.compile(pattern, flags)
    try:
        first, empty = _first(parsed)
    except _Unknown:
        return re.compile(pattern, flags)
    if empty or not first:
        return re.compile(pattern, flags)  # a match may take no character: every position is a possible start
    chars = "".join(sorted(first - {_AT_START}))
    ahead = "|".join([*(["^"] if _AT_START in first else []), *([f"[{chars}]"] if chars else [])])
    return re.compile(f"(?={ahead})(?:{pattern})", flags)


# "\\bword" is "word(?<!\\w.{4})": before a word character, "\\b" holds just where the character before it is none.
_WORD_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_PLAIN = _WORD_CHARS + " "
_QUANTIFIERS = ("?", "*", "+", "{")
_SPECIAL = frozenset(["", *"\\.^$*+?{}[]|()"])  # "": a choice that may match nothing


def _behind(n: int) -> str:
    """After ``n`` characters of a word (and the spaces of a phrase), the look-behind that stands for "\\b" before
    them: the character before the first is no word character."""
    return r"(?<!\w.)" if n == 1 else rf"(?<!\w.{{{n}}})"


def _structure(pattern: str, start: int = 0) -> Iterator[tuple[int, str]]:
    """Where the pattern's "(", ")" and "|" stand from ``start`` on, with each: escapes and character classes ("[(|]",
    "[]…]" with its "]" first) are read past, since their characters are no structure."""
    i, in_class = start, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            i += 1 + (pattern[i + 1:i + 2] == "^")
            i += pattern[i:i + 1] == "]"  # "[]…]": a "]" first is one of the class
            continue
        elif ch in "()|":
            yield i, ch
        i += 1


def _group_end(pattern: str, start: int) -> int:
    """Where the group opened at ``start`` ends (just after its ")"), brackets and escapes read past; -1 if never."""
    depth = 0
    for i, ch in _structure(pattern, start):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if not depth:
                return i + 1
    return -1


def _behind_letter(choice: str) -> str | None:
    """A choice with the "\\b" it opens with put behind the letter that follows it, and behind the first letter of
    each choice of a group that follows it; the choice as it is if it opens with no "\\b"; None where it cannot be."""
    if not choice.startswith("\\b"):
        return choice
    rest = choice[2:]
    if rest[:1] in _WORD_CHARS:
        n = len(rest) - len(rest.lstrip(_PLAIN))  # the letters, digits and spaces that must follow, one by one
        n -= rest[n:n + 1] in _QUANTIFIERS  # not the last, when it may be left out ("trials?")
        if n:
            return rest[:n] + _behind(n) + rest[n:]
    opener = "(?:" if rest.startswith("(?:") else "(" if rest[:1] == "(" and rest[1:2] != "?" else ""
    end = _group_end(rest, 0) if opener else -1
    after = rest[end + 1:]
    if end > 0 and opener == "(?:" and rest[end:end + 1] == "?" and after[:1] not in ("?", "+") and _copyable(after):
        choices = [rest[:end] + after, after]  # "(?:the )?use" is "the use|use": with the group, then without
    elif end < 0 or rest[end:end + 1] in _QUANTIFIERS:  # a group that may be left out: "\\b" then stands before more
        return None
    else:
        return _behind_each(rest[len(opener):end - 1], opener, rest[end:])
    return _behind_each("|".join(choices), "(?:", "")


def _behind_each(choices: str, opener: str, after: str) -> str | None:
    """``opener``, the choices each with a "\\b" put behind its first letter, ")" and ``after``; None if one cannot."""
    inner = []
    for c in _choices(choices):
        led = _behind_letter("\\b" + c)
        if led is None or led.startswith("\\b"):
            return None
        inner.append(led)
    return opener + "|".join(_by_first(inner)) + ")" + after


def _by_first(choices: list[str]) -> list[str]:
    """Choices that open with the same character put behind it once ("a(?<!\\w.)x|a(?<!\\w.)y|b" as
    "a(?<!\\w.)(?:x|y)|b"), so the look-behind is asked once a place, not once a choice. The same match wins: only
    choices that open with the same character can match at one place, and they keep their order. As they are if one
    does not open with a plain character."""
    rests: dict[str, list[str]] = {}
    for c in choices:
        if not _plain_led(c):
            return choices
        rests.setdefault(c[0], []).append(c[1:])
    out = []
    for first, after in rests.items():
        if len(after) == 1:
            out.append(first + after[0])
        elif all(a.startswith(_behind(1)) for a in after):
            out.append(f"{first}{_behind(1)}(?:{'|'.join(a[len(_behind(1)):] for a in after)})")
        else:
            out.append(f"{first}(?:{'|'.join(after)})")
    return out


def by_letters(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``starting(pattern, flags)``, but where each choice of the pattern opens with "\\b" and a word, or with a plain
    character, the "\\b" is put behind the word ("\\bword" as "word(?<!\\w.{4})"), or behind the first letter of each
    word of a choice that follows it ("\\b(?:this|that)" as "t(?:his(?<!\\w.{4})|hat(?<!\\w.{4}))").

    The matcher then finds the places a match can start by their letters, passing the rest of the text at once; led by
    a look-ahead or "\\b", a pattern is tried at every place, a third slower. The matches are the same: before a word
    character "\\b" holds just where the character before is none, which the look-behind asks once the letter is
    read. Patterns it cannot lead so (ignoring case, written verbosely, opened by "^") go to ``starting``.
    """
    if flags & (re.VERBOSE | re.IGNORECASE):  # a letter that ignores case is no character the matcher can look for
        return starting(pattern, flags)
    flat: list[str] = []
    for choice in _choices(pattern):
        led = _behind_letter(choice)
        if led is None:
            return starting(pattern, flags)
        flat.extend(_opened(led))
    if not _led_by_letters(flat):
        return starting(pattern, flags)
    return re.compile("|".join(_by_first(flat)), flags)


def _plain_led(choice: str) -> bool:
    """Whether a choice opens with a plain character that must be there ("w" in "we", not in "w?e" or "\\w")."""
    return choice[:1] not in _SPECIAL and choice[1:2] not in _QUANTIFIERS


def _led_by_letters(choices: list[str]) -> bool:
    """Whether the matcher can find where these choices start by their first characters: each opens with a plain
    character, or they are one group, not left out, whose choices do ("(?:ab|c)d" as much as "ab|c")."""
    if all(_plain_led(c) for c in choices):
        return True
    end = _group_end(choices[0], 0) if len(choices) == 1 and choices[0].startswith("(?:") else -1
    return end > 0 and choices[0][end:end + 1] not in _QUANTIFIERS and _led_by_letters(_choices(choices[0][3:end - 1]))


# What may follow a group that is copied behind each of its choices: no group that captures, and not much of it.
_COPYABLE = re.compile(r"(?:[^(\\]|\\.|\((?=\?[:=!]|\?<[=!]))*")
_MOST_COPIED = 600


def _opened(choice: str) -> list[str]:
    """A choice that opens with a group, "(?:a|b)c", as the choices it stands for ("ac", "bc"): the matcher reads only
    the letters that open the pattern's own choices. The same matches, tried in the same order; as it is where what
    follows the group captures, or is long."""
    end = _group_end(choice, 0) if choice.startswith("(?:") else -1
    rest = choice[end:]
    if end < 0 or rest[:1] in _QUANTIFIERS or not _copyable(rest):
        return [choice]
    return [c for inner in _choices(choice[3:end - 1]) for c in _opened(inner + rest)]


def _copyable(part: str) -> bool:
    return len(part) <= _MOST_COPIED and bool(_COPYABLE.fullmatch(part))


def _choices(pattern: str) -> list[str]:
    """The top-level choices of a pattern ("a|b(?:c|d)" gives "a" and "b(?:c|d)"), brackets and escapes read past."""
    out: list[str] = []
    depth, start = 0, 0
    for i, ch in _structure(pattern):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif not depth:
            out.append(pattern[start:i])
            start = i + 1
    out.append(pattern[start:])
    return out


def first_letters(pattern: str) -> str:
    """A choice of many words ("ab|ac|d|(?:x|y)z") with those that open with the same letter put behind it once
    ("a(?:b|c)|d(?:)|(?:x|y)z"): at each place the matcher then tries the one choice for its letter, not every choice
    in turn (twice as fast for a hundred words). The same match wins: choices keep their order within a letter, and
    those that do not open with a plain letter must all come last, where they stay. For patterns that heed case."""
    rests: dict[str, list[str]] = {}
    others: list[str] = []
    for choice in _choices(pattern):
        if choice[:1].isalpha() and choice[1:2] not in ("?", "*", "+", "{"):
            if others:
                raise ValueError(f"{choice!r} opens with a letter but follows a choice that does not")
            rests.setdefault(choice[0], []).append(choice[1:])
        else:
            others.append(choice)
    return "|".join([f"{letter}(?:{'|'.join(after)})" for letter, after in rests.items()] + others)


# A pattern led by a choice of letters is looked for at some fifty instructions a character of the text, the matcher
# asking of each character whether a match could start there; ``str.find`` looks for a word at one or two. So where
# every match of a pattern starts with one of a few words (its leads), they are found first and the pattern tried
# only where one of them stands.
def _lead_starts(text: str, leads: tuple[str, ...]) -> list[int]:
    """Where one of the leads stands in the text, left to right."""
    starts = set()
    for lead in leads:
        at = text.find(lead)
        while at >= 0:
            starts.add(at)
            at = text.find(lead, at + 1)
    return sorted(starts)


def led_matches(pattern: re.Pattern[str], text: str, leads: tuple[str, ...]) -> list[re.Match[str]]:
    """``list(pattern.finditer(text))`` for a pattern whose every match starts with one of ``leads`` and takes a
    character or more: the matches taken left to right, each after the end of the one before, as finditer takes
    them (``match`` at a place sees the text before it, for "\\b" and look-behinds, as ``search`` does)."""
    found: list[re.Match[str]] = []
    end = 0
    for at in _lead_starts(text, leads):
        if at >= end:
            m = pattern.match(text, at)
            if m is not None:
                found.append(m)
                end = m.end()
    return found


def led_search(pattern: re.Pattern[str], text: str, leads: tuple[str, ...]) -> re.Match[str] | None:
    """``pattern.search(text)`` for a pattern whose every match starts with one of ``leads``: the same match, the
    first place it matches at."""
    for at in _lead_starts(text, leads):
        m = pattern.match(text, at)
        if m is not None:
            return m
    return None
