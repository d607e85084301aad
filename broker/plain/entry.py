"""A plain-language entry for one item: what was studied, what was found, how sure we can be.

Built only from what the source says; where a rule cannot be kept, the entry says less.
A curator's own summary always wins, and may give the three parts itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from broker.models import FINDINGS, PART_LABELS, Item, PlainEntry, Source, StudyType
from broker.plain.certainty import how_sure
from broker.plain.found import what_was_found
from broker.plain.glossary import Glossary
from broker.plain.jargon import explain
from broker.plain.kept import numbers
from broker.plain.kinds import is_meta
from broker.plain.laboratory import where_done
from broker.plain.people import PEOPLE_CACHES
from broker.plain.pointing import word_stems
from broker.plain.reading import read
from broker.plain.simplify import clean
from broker.plain.studied import what_was_studied
from broker.plain.studytype import is_preprint, study_type
from broker.plain.text import reading_grade
from broker.plain.thin import described, is_thin, thin_parts, what_it_is
from broker.plain.turns import directions
from broker.plain.voice import attributed

NO_CONCLUSION = "We could not find a clear main finding that we could pass on safely in plain words."
_LABELLED = re.compile(r"^\s*(" + "|".join(PART_LABELS) + r")\s*:\s*", re.I | re.M)


def parts(title: str, abstract: str, *, link: str = "", categories: Sequence[str] = (), kind: str = FINDINGS,
          sources: Sequence[Source] = (), stype: StudyType | None = None, pre: bool | None = None
          ) -> tuple[str, str, str]:
    """(studied, found, certainty) for one item, from its title and abstract (and its study type, if known)."""
    if pre is None:
        pre = is_preprint(link, categories, f"{title}\n{abstract}")
    if stype is None:
        stype = study_type(title, abstract, categories, pre)
    # One entry's sentences are weighed again and again; another entry's never come back.
    for cache in (word_stems, clean, is_meta, directions, *PEOPLE_CACHES):
        cache.cache_clear()
    doc = read(abstract)
    allowed = numbers(abstract) | numbers(title)
    if is_thin(doc, stype, kind) and stype.key != "protocol":
        what, none = thin_parts(doc, stype, kind, title, sources, categories, link)
        return what, none, ("This is a preprint: other researchers have not checked it yet." if pre else "")
    found = what_was_found(doc, allowed)
    closing = found.used or tuple(doc.sentences[i] for i in doc.conclusions)
    studied = what_was_studied(doc, title, stype, allowed, closing)
    if stype.key == "protocol":
        what = what_it_is(stype, kind, title, sources, categories, link)
        return (studied.text or f"{what}."), "The source is a plan for a study, so there are no results yet.", ""
    certainty = how_sure(doc, [*studied.used, *found.used], preprint=pre, chance=found.chance, main=found.used[:1],
                         studies=studied.studies, caveat=found.caveat)
    if stype.key == "laboratory":  # first: a finding in mice is not yet a finding in people, however strong
        certainty = f"{where_done(abstract)} {certainty}".rstrip()
    what = studied.text
    if not what and title.strip():  # the source says nothing of its own aims: say what the item is
        what = described(stype, kind, title, sources, categories, link)
    # Readers see the summary without the "Words explained" box: the hardest words are explained in the text.
    what, told = explain([what, found.text], doc.low)
    return attributed(what), (attributed(told) or NO_CONCLUSION), certainty


def joined(studied: str, found: str, certainty: str) -> str:
    """The three parts as one text, labelled, as the plain-text email reads them."""
    return "\n".join(f"{label}: {text}" for label, text in zip(PART_LABELS, (studied, found, certainty), strict=True)
                     if text)


def plain_entry(title: str, abstract: str, *, glossary: Glossary, link: str = "", categories: Sequence[str] = (),
                kind: str = FINDINGS, sources: Sequence[Source] = ()) -> PlainEntry:
    """The plain-language entry the digest shows for one item."""
    title, abstract = title or "", abstract or ""
    pre = is_preprint(link, categories, f"{title}\n{abstract}")
    stype = study_type(title, abstract, categories, pre)
    studied, found, certainty = parts(title, abstract, link=link, categories=categories, kind=kind, sources=sources,
                                      stype=stype, pre=pre)
    body = " ".join(p for p in (studied, found, certainty) if p)
    return PlainEntry(joined(studied, found, certainty), stype, pre,
                      reading_grade(body), glossary.find(body), studied=studied, found=found, certainty=certainty)


def for_item(item: Item, glossary: Glossary, hand: str | None = None) -> PlainEntry:
    """An item's entry: built from its own title and abstract, unless a curator wrote one."""
    automatic = plain_entry(item.title, item.summary, glossary=glossary, link=item.link, categories=item.categories,
                            kind=item.kind, sources=item.sources)
    return hand_written(hand, automatic, glossary) if hand else automatic


def hand_written(summary: str, automatic: PlainEntry, glossary: Glossary) -> PlainEntry:
    """A curator's summary in place of the automatic one; the study type stays as detected.

    A curator who writes lines starting "What was studied:", "What was found:" and
    "How sure we can be:" gives the three parts; other text is shown as it is.
    """
    found = {m.group(1).lower(): m for m in _LABELLED.finditer(summary)}
    pieces = ["", "", ""]
    if found:
        marks = sorted(found.values(), key=lambda m: m.start())
        for n, m in enumerate(marks):
            end = marks[n + 1].start() if n + 1 < len(marks) else len(summary)
            pieces[[p.lower() for p in PART_LABELS].index(m.group(1).lower())] = " ".join(summary[m.end():end].split())
    text = joined(*pieces) if found else " ".join(summary.split())
    body = " ".join(p for p in pieces if p) if found else text
    return PlainEntry(text, automatic.study_type, automatic.preprint, reading_grade(body), glossary.find(body),
                      hand_written=True, studied=pieces[0], found=pieces[1], certainty=pieces[2])


def plain_rows(rows: Iterable[Mapping[str, Any]], glossary: Glossary) -> Iterator[dict[str, Any]]:
    """Batch mode: {"id", "title", "abstract"} rows to {"id", "summary", "studied", "found", "certainty", …}."""
    for row in rows:
        entry = plain_entry(str(row.get("title") or ""), str(row.get("abstract") or ""),
                            glossary=glossary, link=str(row.get("link") or ""),
                            categories=tuple(row.get("categories") or ()))
        yield {"id": row.get("id"), "summary": entry.summary, "studied": entry.studied, "found": entry.found,
               "certainty": entry.certainty, "study_type": entry.study_type.key, "reading_grade": entry.reading_grade}
