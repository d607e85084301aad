"""The glossary: words readers may not know, found in a summary so they can be explained beside it.

Pure: config code reads ``glossary.toml`` and hands the parsed dict to :func:`parse_glossary`.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from broker.errors import ConfigError
from broker.models import Term
from broker.plain.text import ascii_runs, keeping
from broker.plain.words import trie_pattern


def _variants(name: str) -> set[str]:
    """Plural and US spellings, so "randomized trials" finds "randomised trial"."""
    out = {name}
    us = re.sub(r"is(e|ed|ing|ation)\b", r"iz\1", name)
    us = re.sub(r"our\b", "or", us)
    us = us.replace("paed", "ped").replace("haem", "hem").replace("oedema", "edema")
    out.add(us)
    for n in list(out):
        if name.isupper():
            out.add(n + "s")
        elif n.endswith("y") and not n.endswith(("ay", "ey", "oy")):
            out.add(n[:-1] + "ies")
        elif n.endswith(("s", "x", "ch", "sh")):
            out.add(n + "es")
        else:
            out.add(n + "s")
    return out


NEAR = 30  # words either side of a term in which one of its context words must stand
_TOKEN = re.compile(r"[a-z0-9][a-z0-9'-]*")
_NOT_TOKEN = keeping("abcdefghijklmnopqrstuvwxyz0123456789'-")  # what is left splits into _TOKEN's runs


def _tokens(low: str) -> list[str]:
    """``_TOKEN.findall(low)``, about three times as fast for ASCII text: asked of the words around each term."""
    return ascii_runs(low, _NOT_TOKEN, (" '", " -")) if low.isascii() else _TOKEN.findall(low)


def _fits(context: tuple[str, ...], low: str, start: int, end: int) -> bool:
    """Whether a context word stands within NEAR words of the term at low[start:end] (the term itself not counting).

    A context word also finds longer words that start with it: "trial" finds "trials",
    "randomi" finds "randomised" and "randomized". A phrase is looked for as it is.
    """
    near = " " + " ".join(_before(low, start) + _after(low, end))
    for c in context:  # noqa: SIM110 (a plain loop, as in _anywhere)
        if f" {c}" in near:
            return True
    return False


# Characters that hold NEAR words in most texts: read first, and all NEAR * 12 only where they hold fewer. Of a stretch
# cut from a text, every word but the one the cut may split (its first, or its last) is one of the text's.
_FEW = NEAR * 7


def _before(low: str, start: int) -> list[str]:
    """``_tokens(low[max(0, start - NEAR * 12):start])[-NEAR:]``: the NEAR words before ``start``."""
    if start > _FEW:
        words = _tokens(low[start - _FEW:start])
        if len(words) > NEAR:
            return words[-NEAR:]
    return _tokens(low[max(0, start - NEAR * 12):start])[-NEAR:]


def _after(low: str, end: int) -> list[str]:
    """``_tokens(low[end:end + NEAR * 12])[:NEAR]``: the NEAR words after ``end``."""
    if end + _FEW < len(low):
        words = _tokens(low[end:end + _FEW])
        if len(words) > NEAR:
            return words[:NEAR]
    return _tokens(low[end:end + NEAR * 12])[:NEAR]


def _anywhere(context: tuple[str, ...], low: str) -> bool:
    """Whether every word of some context word or phrase is in the text at all: without that, ``_fits`` cannot
    find it near the term, and the words around the term need not be read."""
    for c in context:  # plain loops: asked of every hit of a term with context ("mean" in every "X means Y")
        for w in c.split():
            if w not in low:
                break
        else:
            return True
    return False


def _is_acronym(name: str) -> bool:
    """"SEND" and "EHCPs" are matched case by case, so "send" in a sentence is not taken for them."""
    return name.rstrip("s").isupper()


@dataclass(frozen=True)
class Glossary:
    """Terms in order; lookup patterns are built once here, not on every summary."""

    terms: tuple[Term, ...] = ()
    _words: re.Pattern[str] | None = field(default=None, init=False, repr=False, compare=False)
    _caps: re.Pattern[str] | None = field(default=None, init=False, repr=False, compare=False)
    _index: Mapping[str, int] = field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        index: dict[str, int] = {}
        for i, t in enumerate(self.terms):  # later terms win, so curators override
            for name in (t.term, *t.aliases):
                for v in _variants(name.strip()):
                    index[v if _is_acronym(v) else v.lower()] = i
        caps = [k for k in index if _is_acronym(k)]
        low = [k for k in index if not _is_acronym(k)]
        object.__setattr__(self, "_index", MappingProxyType(index))
        # Tries, not "a|b|c": one pass over a summary whatever the size of the glossary. A match inside a longer word
        # is skipped but still read past: "non-randomised controlled trial" is no "controlled trial".
        if low:
            object.__setattr__(self, "_words", re.compile(f"(?:{trie_pattern(low)})(?![\\w-])"))
        if caps:
            object.__setattr__(self, "_caps", re.compile(f"(?:{trie_pattern(caps)})(?![\\w-])"))

    def find(self, text: str) -> tuple[Term, ...]:
        """Glossary terms used in text, in order of first use, each once, each only where its sense fits."""
        hits: list[tuple[int, int]] = []
        low = text.lower()
        anywhere: dict[int, bool] = {}  # a term's context words in the text at all, asked once per term
        for pat, subject in ((self._words, low), (self._caps, text)):
            if pat is None:
                continue
            for m in pat.finditer(subject):
                i = m.start()
                if i and (subject[i - 1].isalnum() or subject[i - 1] in "-_"):
                    continue  # inside a longer word
                n = self._index[m.group(0)]
                context = self.terms[n].context
                if n not in anywhere and context:
                    anywhere[n] = _anywhere(context, low)
                if context and not (anywhere[n] and _fits(context, low, i, m.end())):
                    continue  # "masking" at school is not blinding in a trial
                hits.append((i, n))
        seen: dict[int, None] = {}
        for _, i in sorted(hits):
            seen.setdefault(i, None)
        return tuple(self.terms[i] for i in seen)

    def get(self, name: str) -> Term | None:
        """The term for a name or alias, if the glossary has it."""
        i = self._index.get(name if _is_acronym(name) else name.lower())
        return None if i is None else self.terms[i]


GLOSSARY_KEYS = ("term", "explanation", "aliases", "context")


def parse_glossary(data: Mapping[str, Any]) -> Glossary:
    """Build a Glossary from parsed TOML: ``[[terms]]`` tables with term, explanation, aliases and context.

    Every problem is found before any is reported (ConfigError.problems), so a
    curator fixes their file in one go.
    """
    raw = data.get("terms", [])
    if not isinstance(raw, list):
        raise ConfigError("'terms' must be a list of [[terms]] tables. Start each term with a line [[terms]]")
    terms: list[Term] = []
    problems: list[str] = []
    for n, item in enumerate(raw, 1):
        where = f"[[terms]] number {n}"
        if not isinstance(item, Mapping):
            problems.append(f"{where}: write it as a [[terms]] table")
            continue
        name, expl, aliases = item.get("term"), item.get("explanation"), item.get("aliases", [])
        context = item.get("context", [])
        if isinstance(name, str) and name.strip():
            where = f"[[terms]] {name.strip()!r}"
        found, suggested = len(problems), set()
        for key in sorted(set(item) - set(GLOSSARY_KEYS)):
            close = difflib.get_close_matches(key, GLOSSARY_KEYS, n=1)
            suggested.update(close)
            hint = f"Did you mean {close[0]!r}?" if close else "A term may have: " + ", ".join(GLOSSARY_KEYS)
            problems.append(f"{where}: unknown key {key!r}. {hint}")
        if not isinstance(name, str) or not name.strip():
            problems.append(f'{where}: \'term\' is missing. Add a line: term = "…"')
        if (not isinstance(expl, str) or not expl.strip()) and "explanation" not in suggested:
            problems.append(f'{where}: \'explanation\' is missing. Add a line: explanation = "…"')
        if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
            problems.append(f'{where}: \'aliases\' must be a list of words, like aliases = ["…", "…"]')
        if not isinstance(context, list) or not all(isinstance(c, str) and c.strip() for c in context):
            problems.append(f"{where}: 'context' must be a list of words that must stand near the term for this "
                            'explanation to fit, like context = ["trial", "placebo"]')
        if len(problems) == found:
            assert isinstance(name, str) and isinstance(expl, str)
            terms.append(Term(name.strip(), " ".join(expl.split()), tuple(a.strip() for a in aliases),
                              tuple(" ".join(c.lower().split()) for c in context)))
    if problems:
        raise ConfigError("\n".join(problems), problems)
    return Glossary(tuple(terms))


def merge_glossaries(base: Glossary, extra: Glossary) -> Glossary:
    """Curator terms over shipped ones: a curator's term replaces a shipped term of the same name."""
    names = {t.term.casefold() for t in extra.terms}
    kept = tuple(t for t in base.terms if t.term.casefold() not in names)
    return Glossary(kept + extra.terms)
