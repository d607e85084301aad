"""Whose voice a sentence is in: a source's own "we", "our" and "us" told as its authors'.

An entry speaks for the digest ("We could not find a clear main finding …"), so a source's
"We recommend a national fund", "Using GP records, we measured …" or "leaders told us …"
told as it stands reads as the digest's own advice, work or claim. So the source's first
person is told as its authors': "The authors recommend a national fund." The verb needs no
change, since "we" and "the authors" take the same one. Words inside double quotes are
someone else's ("carers said “we had no help”") and are left as they are.
"""

from __future__ import annotations

import re
from types import MappingProxyType

# The first person as a word of its own: "We"/"Our" opening a sentence, "we", "our", "us" inside one.
_FIRST_PERSON = re.compile(r"(?:^|(?<=[.!?] ))(?:We|Our)(?= [a-z])|(?<=[a-z0-9,;:)] )(?:we|our|us)\b(?![-'\u2019])")
_AUTHORS = MappingProxyType({"We": "The authors", "Our": "The authors'", "we": "the authors", "our": "the authors'",
                             "us": "the authors"})
_QUOTES = re.compile(r"[\u201c\"][^\u201c\u201d\"]*[\u201d\"]")


def attributed(text: str) -> str:
    """The text with the source's first person told as its authors', outside double quotes."""
    if not any(w in text for w in ("We ", "Our ", "we ", "our ", " us")):
        return text  # most parts: no first person at all
    quoted = [(m.start(), m.end()) for m in _QUOTES.finditer(text)] if '"' in text or "\u201c" in text else []

    def swap(m: re.Match[str]) -> str:
        if any(start < m.start() < end for start, end in quoted):
            return m.group(0)
        return _AUTHORS[m.group(0)]

    return _FIRST_PERSON.sub(swap, text)
