"""Where an abstract's sentences start and end, as feeds and Cochrane exports actually write them.

Sub-headings lose their line break and run into the sentence they head ("Adverse effects Adverse effects were
rare."); some sentences lose their full stop and run into the next; lines wrap mid-sentence. Reading the sentences
right comes before reading what they say.
"""

from __future__ import annotations

import re

from broker.plain.clauses import has_verb

# Cochrane abstracts lose the line break after a sub-heading: "Adverse effects Adverse effects were rare."
_RUN_IN_WORDS = ("The", "A", "An", "We", "There", "Compared", "In", "Of", "For", "One", "Two", "Three", "Four",
                 "Five", "Six", "Seven", "Eight", "Nine", "Ten", "All", "Most", "No", "None", "Only", "Both", "Data",
                 "Results", "Studies", "Trials", "Overall", "Evidence", "Participants", "Patients", "Women",
                 "Children", "Adults", "Infants", "Meta-analysis", "Across", "Among", "At", "After", "When", "Using",
                 "Pooled", "Our", "Several", "Some")
# Led by the space itself, so the matcher skips from space to space; the capital an opener starts with is looked
# for next, which lets it pass every other space at once.
_RUN_IN = re.compile(f" (?<=[a-z0-9)] )(?=[{''.join(sorted({w[0] for w in _RUN_IN_WORDS}))}])"
                     f"(?=(?:{'|'.join(map(re.escape, _RUN_IN_WORDS))})\\b)")


_REPEATED_HEADING = re.compile(r"^((\w+(?: [\w-]+){1,7})) (?=\2 )", re.I)
_HEADING_WINDOW = 120


# Cochrane's own sub-headings, run into the sentence they head: "Implications for practice  Prolonged …".
_KNOWN_HEADING = re.compile(r"^(?:Implications for (?:practice|research)|Key results(?::? (?:primary|secondary) "
                            r"outcomes?)?|Study characteristics|Quality of (?:the )?evidence|Certainty of (?:the )?"
                            r"evidence)\s+(?=[A-Z])")

# How every _KNOWN_HEADING starts (case heeded): other sentences are spared the pattern.
_KNOWN_STARTS = ("Implications for ", "Key results", "Study characteristics", "Quality of ", "Certainty of ")


_COLON_HEADING = re.compile(r"(?P<h>[A-Z][^:.;()]{2,60}): (?=[A-Z][a-z])")
# "Results" in "Results for trials in adults:" is no verb; a heading has none of these.
_FINITE_IN_HEADING = re.compile(r"\b(?:is|are|was|were|has|have|had|did|does|do|can|could|may|might|will|would|"
                                r"should|must|\w+ed)\b", re.I)


def without_heading(sentence: str) -> str:
    """A sentence without a sub-heading run into its start (a short phrase with no verb of its own)."""
    known = _KNOWN_HEADING.match(sentence) if sentence.startswith(_KNOWN_STARTS) else None
    if known:
        return sentence[known.end():]
    if sentence.find(": ", 0, 64) >= 0:  # (within the first 64 characters, not copied out to look)
        colon = _COLON_HEADING.match(sentence)  # "Results for trials in adults: Eight trials compared …"
        if colon and len(colon["h"].split()) <= 8 and not _FINITE_IN_HEADING.search(colon["h"]):
            return sentence[colon.end():]
    # A heading ends within 90 characters; the window leaves room to see the whole next word.
    # An opener is a capital: where lower case leaves the window as it is, it has none (a third of sentences).
    window = sentence[1:_HEADING_WINDOW]
    m = None if window == window.lower() else _RUN_IN.search(sentence, 0, _HEADING_WINDOW)
    if not m or m.start() > 90:
        first = sentence[:sentence.find(" ") + 1].lower()
        if not first or first not in sentence[len(first):2 * _HEADING_WINDOW].lower():
            return sentence  # no word comes back soon, so no heading is repeated
        if sentence.isascii():  # (where lower case is the pattern's case-blind letter for letter)
            two = sentence[:sentence.find(" ", len(first)) + 1].lower()
            if len(two) <= len(first) or two not in sentence[len(two):].lower():
                return sentence  # a repeated heading has two words or more: the first two come back too
        m = _REPEATED_HEADING.match(sentence)  # "Adverse effects Adverse effects were rare."
        return sentence[m.end(1) + 1:] if m and not has_verb(m.group(1)) else sentence
    head, rest = sentence[:m.start()], sentence[m.end():]
    if len(head.split()) > 12 or has_verb(head) or len(rest.split()) < 4 or (" " not in head and rest[:2] == "A "):
        return sentence  # "Vitamin A supplementation is …": a name, not a heading run into a sentence
    return rest


# A sentence the source ran into the next without a full stop: "… the use and choice of reference standard The value of
# routine testing …". A capital "The", "We", "There" … after a lower-case word opens a new sentence.
_RUN_ON = re.compile(r"(?<=[a-z)]) (?=(?:The|There|These|This|We|Our) [a-z])")


def run_ons_split(sents: list[str]) -> list[str]:
    out: list[str] = []
    for sent in sents:
        if " The " in sent or " There " in sent or " These " in sent or " This " in sent or " We " in sent or \
                " Our " in sent:
            pieces = _RUN_ON.split(sent)
            joined = [pieces[0]]
            for piece in pieces[1:]:
                # "Implications for research  There is …", "Study characteristics The trials …": a heading, not a
                # sentence, so it stays for _without_heading to take off
                if len(joined[-1].split()) >= 6 and has_verb(joined[-1]):
                    joined[-1] += "" if joined[-1][-1:] in ".!?:" else "."
                    joined.append(piece)
                else:
                    joined[-1] += " " + piece
            out.extend(joined)
        else:
            out.append(sent)
    return out


def paragraphs(body: str) -> list[str]:
    """Paragraphs: a line break ends one only after a sentence ends, since feeds also wrap lines mid-sentence."""
    out: list[str] = []
    for line in body.split("\n"):
        line = line.strip()
        if not line:
            continue
        if out and out[-1][-1:] not in ".!?:)\u201d\"'":
            out[-1] += " " + line
        else:
            out.append(line)
    return out
