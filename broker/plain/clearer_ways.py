"""Academic phrasing the authors' sentences keep, said the way a lay reader would say it.

Each rule changes how a thing is said, never what is said: "oral steroids" are steroids
taken by mouth, "iron administration" is giving iron, "interventions to prevent falls"
are ways to prevent falls. A rule fires only where the words around it leave one
reading; elsewhere the source's words stay (and ``jargon`` may explain them).

``WordList`` finds a list of words where a word starts and ends, for the swaps here and in ``simplify``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from broker.plain.ascii_twin import AsciiTwin
from broker.plain.words import trie_pattern

# What may follow a noun phrase that ends where the rule thinks it does: punctuation or a word that starts the
# next part of the sentence ("oral steroids as the only treatment"), never another noun ("oral cholera vaccine
# Dukoral").
_ENDS = (r"(?=[,.;:)]|$| (?:and|or|in|at|was|were|is|are|be|compared|with|without|for|among|than|by|of|as|to|alone|"
         r"on|may|might|can|could|did|does|do|had|has|have|given|only|but|that|which|who|while|versus|plus|"
         r"improved|reduced|increased|led|showed|appear|appears|seem|seems)\b)")
_TAKEN = ("steroids", "steroid", "corticosteroids", "corticosteroid", "antibiotics", "antibiotic", "medicines",
          "medicine", "drugs", "drug", "antivirals", "antiviral", "anticoagulants", "anticoagulant", "contraceptives",
          "contraceptive", "supplements", "antihistamines", "painkillers", "morphine", "iron", "vaccine", "vaccines",
          "antibiotic treatment", "steroid treatment")
# "oral steroids" -> "steroids taken by mouth"; "oral and intravenous antibiotics" is left as it is.
_BY_MOUTH = re.compile(r"(?<![\w-])([Oo])ral (" + trie_pattern(_TAKEN) + r")" + _ENDS)

# "iron administration" -> "giving iron", only where the word before "administration" is the thing given: after a
# word that opens a phrase, so "intravenous iron administration" (where "giving" would split the phrase) is left.
_OPENS = ("of", "at", "about", "that", "and", "with", "on", "after", "before", "for", "in", "whether", "but", "than")
# Not "medication administration errors", "administration time": there "administration" describes the next noun.
_ADMINISTRATION = re.compile(r"(?:(?<![\w-])(" + trie_pattern(_OPENS) + r") |, |^|(?<=[.!?] ))"
                             r"([A-Za-z][a-z]+) administration(?![\w-])" + _ENDS)
_NOT_GIVEN = re.compile(r"(?:al|ous|ic|ed|ing|ive|ary|ate|ant|ent|ar|ly)$|^(?:drug|medicine|dose|route|the|early|late|"
                        r"timely|prompt|repeated|single|daily|continuous|home|prior|health|their|its|his|her|our|"
                        r"weekly|monthly|medication)$")

# "interventions to prevent falls" are ways to prevent falls; only before a verb of doing something about a thing.
_DOING = ("prevent", "reduce", "improve", "increase", "treat", "promote", "help", "support", "encourage",
          "decrease", "manage", "change", "enhance", "stop", "limit", "lower", "raise", "address", "tackle",
          "control", "avoid", "relieve", "ease", "protect", "boost", "restore", "maintain", "retain", "speed up",
          "delay", "shorten", "minimise", "minimize", "lessen", "alleviate", "correct", "detect", "find")
# "interventions designed to improve use" are ways to improve use: the participle goes with the word it followed.
_WAYS = re.compile(r"(?<![\w-])(?:([Aa]n) )?([Ii]ntervention)(s?) (?:used |designed |aimed |intended )?(to "
                   r"(?:" + trie_pattern(_DOING) + r"))(?![\w-])")

# "one, small, single-centre study": the describing word that becomes "at one centre" leaves its comma behind.
_LAST_DESCRIBING = re.compile(r", single[- ]cent(re|er) (stud(?:y|ies)|trials?)(?![\w-])")

# "depending on depending on the ratio": a phrase of two words typed twice in the source reads once. Possessive
# quantifiers: this runs on every entry, and backtracking inside each word made it the slowest rule here.
# The phrase (group 2) comes with the character before it (group 1), no letter, digit, "_" or "-", matched in " " + the
# text: led by a class, the matcher passes each place with one look at a character, where a look-behind ("(?<![\\w-])")
# was a full try at each (two fifths of the cost). The same phrases: each ends with a letter, so none ends where the
# next could start.
_TYPED_TWICE = AsciiTwin(re.compile(r"([^\w-])([a-z]++ [a-z]++) \2(?![\w-])"))

# "the addition of thiazides to a normal diet" is adding thiazides to it; only where the "to" that says what it
# was added to follows within a few words, so "with the addition of X" (nothing to add it to) is left.
_ADDITION = re.compile(r"(?<![\w-])([Tt])he addition of ((?:[\w'\u00df-]+ ){1,4}?)to(?![\w-])")

# "a large cluster-RCT": the letters spelled out, so the glossary can say what such a trial is.
_CLUSTER_RCT = re.compile(r"(?<![\w-])([Cc])luster-RCT(s?)(?![\w-])")


def said_plainly(text: str) -> str:
    """The text with these phrases said the plain way; the rest unchanged."""
    low = text.lower()
    if "oral " in low:
        text = _BY_MOUTH.sub(_by_mouth, text)
    if " administration" in low:
        text = _ADMINISTRATION.sub(_giving, text)
    if "intervention" in low:
        text = _WAYS.sub(_ways, text)
    text = _TYPED_TWICE.sub(_said_once, " " + text)[1:]
    if "addition of" in low:
        text = _ADDITION.sub(lambda m: f"{'A' if m.group(1) == 'T' else 'a'}dding {m.group(2)}to", text)
    if "cluster-rct" in low:
        text = _CLUSTER_RCT.sub(lambda m: f"{m.group(1)}luster-randomised trial{m.group(2)}", text)
    if ", single" in low:
        text = _LAST_DESCRIBING.sub(lambda m: f" {m.group(2)} at one cent{m.group(1)}", text)
    return text


def _said_once(m: re.Match[str]) -> str:
    return m.group(1) + m.group(2)


def _capital(said: str, first: str) -> str:
    return said[:1].upper() + said[1:] if first[:1].isupper() else said


def _by_mouth(m: re.Match[str]) -> str:
    return _capital(f"{m.group(2)} taken by mouth", m.group(1))


def _giving(m: re.Match[str]) -> str:
    what = m.group(2)
    if _NOT_GIVEN.search(what.lower()):
        return m.group(0)
    lead = m.group(0)[:m.start(2) - m.start()]
    if lead:  # "of iron administration" -> "of giving iron"
        return f"{lead}giving {what}"
    return f"Giving {what[:1].lower()}{what[1:]}" if what[:1].isupper() else f"giving {what}"


def _ways(m: re.Match[str]) -> str:
    article, word, plural, rest = m.groups()
    if article:
        return f"{article[0]} way {rest}"
    return _capital(f"way{plural} {rest}", word)


class WordList:
    """Words and phrases, each as listed and with a capital, found where a word starts and ends.

    What ``[^\\w-](forms)(?![\\w-])`` finds in " " + a text, found in the text in lower case, where the pattern
    holds one form of each (a trie led by "[Aa]" tries each of its branches' classes at each word, one led by "a"
    passes a branch with one look at a letter): about two fifths of the cost. A word found that is written otherwise
    ("Side Effects", "ADDITIONAL") is looked up as written. A text that lower case changes in more than its letters
    (a longer "i\u0307" for "\u0130", a final sigma) is read by hand, word by word.
    """

    def __init__(self, words: Iterable[str], also: Iterable[str] = ()) -> None:
        self.forms = frozenset({v for k in words for v in (k, k[:1].upper() + k[1:])} | set(also))
        if not all(_RUN.match(form) for form in self.forms):
            raise ValueError("every word must open with a letter, digit, '_' or '-'")
        self._longest = max(map(len, self.forms))
        self._lower = re.compile(r"[^\w-](" + trie_pattern({f.lower() for f in self.forms}) + r")(?![\w-])")

    def spans(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of each form found, in order, none inside another."""
        low = text.lower()
        if not text.isascii() and not _lowers_alike(text, low):
            return self._by_hand(text)
        padded = " " + low  # padded[i] is the character before text[i]
        out: list[tuple[int, int]] = []
        at = 0
        while (m := self._lower.search(padded, at)) is not None:
            start, end = m.start(1) - 1, m.end(1) - 1
            if text[start:end] not in self.forms:
                end = self._at(text, start)
            if end:
                out.append((start, end))
            at = (end or start) + 1
        return out

    def swapped(self, text: str, swap: Callable[[int, int], str]) -> str:
        """The text with each form found, text[start:end], said as ``swap(start, end)``."""
        parts: list[str] = []
        last = 0
        for start, end in self.spans(text):
            parts += (text[last:start], swap(start, end))
            last = end
        return "".join(parts) + text[last:] if parts else text

    def _at(self, text: str, start: int) -> int:
        """The end of the longest form at ``start`` that a word's end follows, or 0."""
        for end in range(min(len(text), start + self._longest), start, -1):
            if text[start:end] in self.forms and not _RUN.match(text, end):
                return end
        return 0

    def _by_hand(self, text: str) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        for m in _RUN.finditer(text):  # each place a word starts
            if not out or m.start() >= out[-1][1]:
                end = self._at(text, m.start())
                if end:
                    out.append((m.start(), end))
        return out


def _lowers_alike(text: str, low: str) -> bool:
    """Whether each character of the text is the one of ``low`` in its place, lower case, whatever stands around it.

    Lower case keeps a character a letter, digit, "_" or "-", or not, wherever it makes it one character (a test asks
    that of every character); only the sigma's depends on what follows it ("\u03c2" at a word's end).
    """
    return len(low) == len(text) and "\u03a3" not in text


_RUN = re.compile(r"[\w-]+")
