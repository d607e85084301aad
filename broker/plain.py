"""A plain-language entry for each digest item: short summary, study type, reading grade, glossary.

The summary is extractive: it keeps the source's sentences that say what was studied
and what was found, strips statistics, swaps hard words for everyday ones and cuts
long sentences. It never adds a finding or a number: a last check drops any
sentence holding a number the source does not have.

Pure text in, text out: no file I/O. Config code reads ``glossary.toml`` and hands
the parsed dict to :func:`parse_glossary`.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from broker.errors import ConfigError
from broker.models import Item, PlainEntry, StudyType, Term
from broker.plain_select import MAX_WORDS, summarise
from broker.plain_text import reading_grade
from broker.plain_words import trie_pattern
from broker.studytype import PREPRINT_FLAG, is_preprint, study_type

__all__ = (
    "MAX_WORDS",
    "PREPRINT_FLAG",
    "Glossary",
    "PlainEntry",
    "StudyType",
    "Term",
    "merge_glossaries",
    "parse_glossary",
    "plain_entry",
    "plain_rows",
    "reading_grade",
    "summarise",
)


# --- glossary --------------------------------------------------------------------

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
        # Tries, not "a|b|c": one pass over a summary whatever the size of the glossary.
        if low:
            object.__setattr__(self, "_words", re.compile(f"(?:{trie_pattern(low)})(?![\\w-])"))
        if caps:
            object.__setattr__(self, "_caps", re.compile(f"(?:{trie_pattern(caps)})(?![\\w-])"))

    def find(self, text: str) -> tuple[Term, ...]:
        """Glossary terms used in text, in order of first use, each once."""
        hits: list[tuple[int, int]] = []
        for pat, subject in ((self._words, text.lower()), (self._caps, text)):
            if pat is None:
                continue
            for m in pat.finditer(subject):
                i = m.start()
                if i and (subject[i - 1].isalnum() or subject[i - 1] in "-_"):
                    continue  # inside a longer word
                hits.append((i, self._index[m.group(0)]))
        seen: dict[int, None] = {}
        for _, i in sorted(hits):
            seen.setdefault(i, None)
        return tuple(self.terms[i] for i in seen)

    def get(self, name: str) -> Term | None:
        """The term for a name or alias, if the glossary has it."""
        i = self._index.get(name if _is_acronym(name) else name.lower())
        return None if i is None else self.terms[i]


GLOSSARY_KEYS = ("term", "explanation", "aliases")


def parse_glossary(data: Mapping[str, Any]) -> Glossary:
    """Build a Glossary from parsed TOML: ``[[terms]]`` tables with term, explanation, aliases.

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
        if isinstance(name, str) and name.strip():
            where = f"[[terms]] {name.strip()!r}"
        found, suggested = len(problems), set()
        for key in sorted(set(item) - set(GLOSSARY_KEYS)):
            close = difflib.get_close_matches(key, GLOSSARY_KEYS, n=1)
            suggested.update(close)
            hint = f"Did you mean {close[0]!r}?" if close else "Use only: " + ", ".join(GLOSSARY_KEYS)
            problems.append(f"{where}: unknown key {key!r}. {hint}")
        if not isinstance(name, str) or not name.strip():
            problems.append(f'{where}: \'term\' is missing. Add a line: term = "…"')
        if (not isinstance(expl, str) or not expl.strip()) and "explanation" not in suggested:
            problems.append(f'{where}: \'explanation\' is missing. Add a line: explanation = "…"')
        if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
            problems.append(f'{where}: \'aliases\' must be a list of words, like aliases = ["…", "…"]')
        if len(problems) == found:
            assert isinstance(name, str) and isinstance(expl, str)
            terms.append(Term(name.strip(), " ".join(expl.split()), tuple(a.strip() for a in aliases)))
    if problems:
        raise ConfigError("\n".join(problems), problems)
    return Glossary(tuple(terms))


def merge_glossaries(base: Glossary, extra: Glossary) -> Glossary:
    """Curator terms over shipped ones: a curator's term replaces a shipped term of the same name."""
    names = {t.term.casefold() for t in extra.terms}
    kept = tuple(t for t in base.terms if t.term.casefold() not in names)
    return Glossary(kept + extra.terms)


# --- the summary -----------------------------------------------------------------

def plain_entry(title: str, abstract: str, *, glossary: Glossary, link: str = "",
                categories: Sequence[str] = ()) -> PlainEntry:
    """The plain-language entry the digest shows for one item."""
    summary = summarise(title or "", abstract or "")
    pre = is_preprint(link, categories, f"{title}\n{abstract}")
    kind = study_type(title or "", abstract or "", categories, pre)
    return PlainEntry(summary, kind, pre, reading_grade(summary), glossary.find(summary))


def for_item(item: Item, glossary: Glossary, hand: str | None = None) -> PlainEntry:
    """An item's entry: built from its own title and abstract, unless a curator wrote one."""
    automatic = plain_entry(item.title, item.summary, glossary=glossary, link=item.link, categories=item.categories)
    return hand_written(hand, automatic, glossary) if hand else automatic


def hand_written(summary: str, automatic: PlainEntry, glossary: Glossary) -> PlainEntry:
    """A curator's summary in place of the automatic one; the study type stays as detected."""
    text = " ".join(summary.split())
    return PlainEntry(text, automatic.study_type, automatic.preprint, reading_grade(text), glossary.find(text),
                      hand_written=True)


def plain_rows(rows: Iterable[Mapping[str, Any]], glossary: Glossary) -> Iterator[dict[str, Any]]:
    """Batch mode: {"id", "title", "abstract"} rows to {"id", "summary", "study_type", "reading_grade"}."""
    for row in rows:
        entry = plain_entry(str(row.get("title") or ""), str(row.get("abstract") or ""),
                            glossary=glossary, link=str(row.get("link") or ""),
                            categories=tuple(row.get("categories") or ()))
        yield {"id": row.get("id"), "summary": entry.summary, "study_type": entry.study_type.key,
               "reading_grade": entry.reading_grade}
