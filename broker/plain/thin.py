"""Honest when the source is thin: say what the item is, and never invent a finding.

A news item, a letter, a call to take part, a plan for a study, or a title with a
line or two: none of these reports research results, so the entry says what the item
is and where it is from, and leaves the finding to the link.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from broker.models import OPPORTUNITIES, Source, StudyType
from broker.plain.kept import numbers
from broker.plain.reading import Abstract
from broker.plain.simplify import plain_sentences
from broker.plain.starts import starting
from broker.plain.text import has_digit

NO_RESULTS = "The source does not report research results."
_NEWS = re.compile(r"\b(?:news|blogs?|press|media|comment|opinion|podcasts?|events?|announcements?)\b", re.I)
_NEWS_PATH = re.compile(r"/(?:news|blogs?|press|media|comment|opinion)(?:/|-)", re.I)
_LETTER = re.compile(r"^\s*(?:letter|correspondence|editorial|comment)\b", re.I)
# Words that say research results are reported: a count (any digit: has_digit), a finding verb, a comparison.
_RESULTS = starting(r"\b(?:found|find|finds|showed|shows|suggests?|results?|evidence|higher|lower|fewer|"
                    r"more likely|"
                    r"less likely|reduced|increased|improved|associated|linked|compared|concluded?|reported)\b", re.I)
_DESCRIBE_WORDS = 45


def what_it_is(kind: StudyType, feed_kind: str, title: str, sources: Sequence[Source] = (),
               categories: Sequence[str] = (), link: str = "") -> str:
    """"A news item from The King's Fund", "A chance to get involved in research from …"."""
    names = [s.feed_name for s in sources]
    if feed_kind == OPPORTUNITIES:
        what = "A chance to get involved in research"
    elif _LETTER.match(title) or any(_LETTER.match(c) for c in categories):
        what = "A letter or comment"
    elif any(_NEWS.search(t) for t in (*names, *categories)) or _NEWS_PATH.search(link):
        what = "A news item"
    elif kind.label and kind.key not in ("preprint",):
        what = kind.label
    else:
        what = "An item"
    who = next((s.organisation for s in sources if s.organisation), "") or next(iter(names), "")
    return f"{what} from {who}" if who else what


def described(kind: StudyType, feed_kind: str, title: str, sources: Sequence[Source] = (),
              categories: Sequence[str] = (), link: str = "") -> str:
    """"A survey from Carers Together about “Short breaks for carers”."""
    what = what_it_is(kind, feed_kind, title, sources, categories, link)
    about = f" about \u201c{title.strip().rstrip('.')}\u201d" if title.strip() and feed_kind != OPPORTUNITIES else ""
    return f"{what}{about}."


def is_thin(abstract: Abstract, kind: StudyType, feed_kind: str) -> bool:
    """True when the source gives no research results to tell: the entry then only says what it is."""
    if feed_kind == OPPORTUNITIES or kind.key == "protocol" or not abstract.sentences:
        return True
    words = sum(s.words for s in abstract.sentences)
    text = abstract.text
    return (len(abstract.sentences) < 3 and words < 40) or not (has_digit(text) or _RESULTS.search(text))


def thin_parts(abstract: Abstract, kind: StudyType, feed_kind: str, title: str, sources: Sequence[Source] = (),
               categories: Sequence[str] = (), link: str = "") -> tuple[str, str]:
    """(studied, found) for a thin item: what it is, its opening lines in its own words, and no finding."""
    said = [described(kind, feed_kind, title, sources, categories, link)]
    allowed = _numbers(abstract.text, title)
    room = _DESCRIBE_WORDS
    for s in abstract.sentences:
        if s.leans and len(said) == 1:
            break  # an opening that points back at something not said: say less
        pieces = plain_sentences(s.text, allowed, abstract.acronyms)
        size = sum(len(p.split()) for p in pieces)
        if not pieces or size > room:
            break
        said.extend(pieces)
        room -= size
        if feed_kind != OPPORTUNITIES and len(said) > 2:
            break
    if len(said) > 1 and feed_kind != OPPORTUNITIES:
        said[1] = "It says: " + said[1]  # the item's own words, not a finding of ours
    if feed_kind == OPPORTUNITIES:
        found = "The source is a call to take part in research, not a report of research results."
    elif kind.key == "protocol":
        found = "The source is a plan for a study, so there are no results yet."
    else:
        found = NO_RESULTS
    return " ".join(said), found


def _numbers(*texts: str) -> set[str]:
    return set().union(*map(numbers, texts))  # the same numbers, the same way
