"""What a sentence points at, and how it is told so that it points at nothing unsaid.

Shared by ``verdict`` (which sentence leads) and ``further`` (which other claims follow it):
"at these doses" and "such interventions" are the trials' own; "these children" were never
introduced; a claim's content words, cut to stems, say what it is about.
"""

from __future__ import annotations

import re
from functools import lru_cache
from operator import itemgetter

from broker.plain.kinds import POINTED_AT, content
from broker.plain.starts import by_letters

# "Overall, antiplatelet agents improved outcomes, and at these doses appear to be safe": the doses the trials used.
# "There is low quality evidence that such interventions may improve …": the interventions the review studied.
_NAMED_AS_STUDIED = (("at these doses", "at the doses used"), ("such interventions", "the interventions studied"),
                     ("these interventions", "the interventions studied"))


def doses_named(text: str) -> str:
    """"at these doses", "such interventions" said as the doses and interventions the trials used and studied, so they
    point at nothing unsaid (in the middle of a sentence only: "These interventions …" at its start leans)."""
    if "these " not in text and "such " not in text:
        return text  # most sentences: every phrase it names holds one
    for pointing, named in _NAMED_AS_STUDIED:
        at = text.find(pointing)
        # "Internet-based interventions … but no evidence that these interventions …": named in the sentence itself
        if at >= 0 and text.rfind(pointing.rsplit(" ", 1)[-1], 0, at) < 0:
            text = text.replace(pointing, named)
    return text


# "These programmes can help parents and children communicate …", opening the authors' conclusions: the programmes
# the review studied, which "What was studied" has named.
_THESE_STUDIED = re.compile(r"^These (interventions|programmes|programs|treatments|therapies|approaches|strategies|"
                            r"services|schemes) (?=[a-z])")


def studied_named(text: str) -> str:
    """"These programmes can help …" told as "The programmes studied can help …", pointing at nothing unsaid; other
    text as it is."""
    m = _THESE_STUDIED.match(text) if text.startswith("These ") else None
    return f"The {m.group(1)} studied {text[m.end():]}" if m else text


_IN_THIS_REGARD = by_letters(r"\b(?:in|on|for) this (?:regard|respect|area|field|matter|context)\b|"
                             # "… studies looking at the question raised in this review": a question never told
                             r"\bthe (?:question|questions|issue|problem) (?:raised|posed|asked|addressed) (?:in|by) "
                             r"this review\b")


def points_at(low: str) -> bool:
    """"these children", "at these doses", "such interventions", "in this regard": people or things the reader was
    never told of."""
    if ("these " in low or "those " in low or "such " in low) and POINTED_AT.search(doses_named(low)):
        return True  # (the doses the trials used, said so when told (found), leave no "these", "those", "such")
    return " this " in low and bool(_IN_THIS_REGARD.search(low))


def capital(rest: str) -> str:
    """The text with its first letter made a capital ("'vocational educational' type …" keeps its quote mark)."""
    first = next((i for i, c in enumerate(rest) if c.isalpha()), 0)
    return rest[:first] + rest[first:first + 1].upper() + rest[first + 1:]


@lru_cache(maxsize=4096)
def word_stems(text: str) -> frozenset[str]:
    """Content words cut to five letters, so "reduces" and "reduced" count as one (cached: asked of each sentence
    again and again while the found part is weighed; ``entry`` empties the cache for each entry, since other entries'
    sentences never come back, except in a benchmark that would be flattered by them)."""
    return frozenset(map(STEM, content(text)))


STEM = itemgetter(slice(5))  # a word's stem, its first five letters: cut in C, word by word
