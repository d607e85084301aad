"""Whose voice a sentence is in: a source's own "We …" told as "The authors …".

An entry speaks for the digest ("We could not find a clear main finding …"), so a source's
"We recommend a national fund", "We are calling on councils …" or "We found no evidence …"
told as it stands reads as the digest's own advice or claim. A sentence the source opens
with "We" is told as its authors': "The authors recommend a national fund." The verb needs
no change, since "we" and "the authors" take the same one.
"""

from __future__ import annotations

import re

# "We" opening the text or a sentence, before a word ("We recommend", "We are calling", "We found").
_WE = re.compile(r"(?:^|(?<=[.!?] ))We (?=[a-z])")


def attributed(text: str) -> str:
    """The text with each sentence that opens "We …" told as "The authors …"."""
    return _WE.sub("The authors ", text) if "We " in text else text
