"""A plain-language entry for one item, from its title and abstract (or a curator's own words)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from broker.models import Item, PlainEntry
from broker.plain.choose import summarise
from broker.plain.glossary import Glossary
from broker.plain.studytype import is_preprint, study_type
from broker.plain.text import reading_grade


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
