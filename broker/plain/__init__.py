"""Plain-language entries for digest items: what was studied, what was found, how sure we can be.

One module a job: ``reading`` splits a source into sentences and finds its conclusions
(``estimates``, whether a sentence states statistics; ``concluding``, whether it has a
concluding phrase); ``studied``, ``found`` and ``certainty`` (with ``verdict``, which finds the authors'
main conclusion from the sentence kinds in ``kinds``, ``topic``, ``phrase`` and
``people``, which find what a review is about and in whom, ``counts``, which finds how
many studies a review included, and ``grade``) make the three parts; ``thin`` says what
an item is when it reports no results; ``simplify`` and ``clauses`` make a sentence
plainer without losing its meaning, and ``clearer`` swaps research words in a last
pass; ``text`` splits and grades text; ``words`` holds the word lists; ``jargon``
explains hard medical words in the text itself, with the meanings in ``meanings`` and
``abbreviations``; ``glossary`` finds the words for the "Words explained" box; ``studytype``
names the kind of study; ``entry`` puts an entry together; ``wishes`` finds "more research
is needed" and kin; ``starts`` compiles patterns so the matcher skips places where no match
can start. Everything here is pure text in, text out: no file I/O.
"""

from __future__ import annotations

from broker.models import PlainEntry, StudyType, Term
from broker.plain.entry import for_item, hand_written, plain_entry, plain_rows
from broker.plain.glossary import Glossary, merge_glossaries, parse_glossary
from broker.plain.studytype import PREPRINT_FLAG
from broker.plain.text import reading_grade

__all__ = (
    "PREPRINT_FLAG",
    "Glossary",
    "PlainEntry",
    "StudyType",
    "Term",
    "for_item",
    "hand_written",
    "merge_glossaries",
    "parse_glossary",
    "plain_entry",
    "plain_rows",
    "reading_grade",
)
