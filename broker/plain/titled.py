"""What an item's title says a review was about, where its abstract does not say it.

A review's title names its question ("Sodium valproate versus phenytoin monotherapy for
epilepsy", "Interventions for preventing falls in older people"); its abstract often opens
at the results and never names the illness or the people again. So a subject read from
the abstract that says nothing of what it was for takes the title's "for …" or "in …",
where the title names the same treatment; and a review whose abstract names no subject
at all is said to be about its title. Titles are the source's own words, made plain the
way the rest of the entry is, and never used where they hold an abbreviation the reader
cannot know.
"""

from __future__ import annotations

import re

from broker.plain.jargon import meaning_of, unexplained
from broker.plain.reading import Abstract
from broker.plain.simplify import simplify
from broker.plain.text import BRACKETED
from broker.plain.topic_whom import SAYS_WHOM

_MOST_WORDS = 20  # a subject with what it was for: any longer, and it is a clause no reader can hold
_AS_TITLE = 16  # a whole title said as the subject
# ": a systematic review", "(Review)", "- an individual participant data review": what kind of paper, not its question
_KIND_TAIL = re.compile(r"\s*(?:[:\u2013\u2014-]\s*(?:an? |the )?[^:]*?\b(?:review|meta-analys[ie]s|update|protocol|"
                        r"trial|study|overview)\b[^:]*|\((?:review|protocol)\))\s*\.?$", re.I)
# "X versus Y for Z", "Interventions for preventing falls in older people": the title's question and what it is for.
_FOR = re.compile(r"^(?P<what>.+?) (?P<link>for|in|among) (?P<aim>.+)$")
_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")
# "… for the management of chronic pain": for chronic pain, said in fewer words.
_MANAGED = re.compile(r"^the (?:management|treatment) of ", re.I)


def with_title(subject: str, title: str, abstract: Abstract) -> str:
    """The subject with what the title says it was for added, or the title itself where there is no subject."""
    question = _question(title)
    if not question or unexplained(question, abstract.low):
        return subject
    if not subject:  # not a title that makes a claim or asks ("Exercise reduces depression …", "Does X help?")
        return _plain(question, abstract) if len(_WORD.findall(question)) <= _AS_TITLE and not _CLAIMS.search(
            question) else ""
    m = _FOR.match(question)
    if not m or SAYS_WHOM.search(f" {subject} "):
        return subject
    if not _stems(m.group("what")) & _stems(subject, abstract):
        return subject  # the title names some other treatment: its "for …" may not be this one's
    aim = _plain(_MANAGED.sub("", m.group("aim")), abstract)
    said = f"{subject} {m.group('link')} {aim}"
    return said if aim.lower() not in subject.lower() and len(said.split()) <= _MOST_WORDS else subject


def _stems(words: str, abstract: Abstract | None = None) -> set[str]:
    """The first six letters of each longer word ("psychotherapy" and "psychological" share "psycho"), with, for
    the subject, the words its abbreviations stand for ("CABG": heart bypass surgery)."""
    found = {w.lower()[:6] for w in _WORD.findall(words) if len(w) > 3}
    if abstract is None:
        return found
    for letters in _CAPITALS.findall(words):
        meaning = meaning_of(letters, abstract.low)
        found |= {w.lower()[:6] for w in _WORD.findall(meaning[0]) if len(w) > 3} if meaning else set()
    return found


_CAPITALS = re.compile(r"\b[A-Z]{2,}\b")
_CLAIMS = re.compile(r"\?|\b(?:reduces?|increases?|improves?|prevents?|works?|helps?|lowers?|raises?|cuts?|is|are|"
                     r"was|were|does|do|did|can|may|might|should|could|will)\b", re.I)


def _question(title: str) -> str:
    """The title without what kind of paper it is, an aside in brackets ("(the Stent or Surgery trial)"), or a full
    stop."""
    return BRACKETED.sub("", _KIND_TAIL.sub("", " ".join(title.split()))).rstrip(" .")


def _plain(words: str, abstract: Abstract) -> str:
    """Title words in the entry's everyday words, in the case a phrase inside a sentence takes: "Interventions" is
    "interventions", but "Alzheimer's disease" and "HIV" keep their capitals (the abstract never writes them small)."""
    plain = simplify(words).rstrip(".")
    first = plain.split(" ", 1)[0]
    small = first[:1].lower() + first[1:]
    return plain[:1].lower() + plain[1:] if first[1:] == first[1:].lower() and (
        f" {small}" in abstract.text or small.lower() not in abstract.low) else plain
