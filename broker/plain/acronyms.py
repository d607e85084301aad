"""Abbreviations a source defines ("long form (LF)"), found so later uses can be spelled out for readers.

An abstract that defines "low molecular weight heparin (LMWH)" once then says only
"LMWH"; readers skim past capitals they were never told. Kept apart from ``text`` (the
sentences and words themselves) as one job of its own.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

_ACRO_DEF = re.compile(r"\(([A-Z][A-Za-z]*[A-Z]s?)\)")
_COMPARES = re.compile(r"\b(?:versus|vs|compared)\b", re.I)
_SMALL = frozenset(["of", "and", "the", "in", "for", "to", "with", "on", "a", "an", "by", "at", "or"])


def acronyms(text: str) -> dict[str, str]:
    """Find "long form (LF)" definitions, so later uses of LF can be spelled out for readers."""
    found: dict[str, str] = {}
    for m in _ACRO_DEF.finditer(text):
        abbr = m.group(1)
        letters = abbr[:-1] if abbr.endswith("s") and len(abbr) > 2 else abbr
        if letters in found:
            continue
        words_before = text[max(0, m.start() - 90): m.start()].split()[-8:]
        parts: list[str] = []  # the candidate's words split at "-" and "/", less small words: one more word each time
        for n in range(1, len(words_before) + 1):
            cand = words_before[-n:]
            if not cand[0][:1].isalpha():
                break
            parts = [p for p in cand[0].replace("/", "-").split("-") if p and p.lower() not in _SMALL] + parts
            if (cand[0][0].lower() == letters[0].lower() and len(parts) >= len(letters)
                    and parts[-1][0].lower() == letters[-1].lower() and _in_order(letters, parts)) or (
                    n == 1 and _one_word(cand[0], letters)):
                long = " ".join(cand)
                if long[-1:] in ".,;:" or not long.replace("-", "").replace(" ", "").replace("'", "").isalpha():
                    break
                if _COMPARES.search(long):
                    break  # "repeated single versus repeated multiple embryo transfer (SET)": two things, not SET
                if long.endswith("s") and not long.endswith(("ss", "us", "is")) and len(long) > 3:
                    long = long[:-1]  # "personal assistants (PAs)": PA is one personal assistant
                found[letters] = long
                break
    if "(" in text:
        for m in _CLIPPED_DEF.finditer(text):
            _clipped(text, m, found)
    return found


# "the manufacturers' maximum recommended daily dose (Max)": a word cut short stands for the phrase it opens.
_CLIPPED_DEF = re.compile(r"\(([A-Z][a-z]{2,4})\)")


def _clipped(text: str, m: re.Match[str], found: dict[str, str]) -> None:
    """"Max" for "maximum recommended daily dose": the phrase of up to five words before the bracket whose first word
    the short form opens."""
    short = m.group(1)
    before = text[max(0, m.start() - 60):m.start()].split()[-5:]
    for n in range(len(before), 1, -1):
        words = before[-n:]
        if words[0].lower().startswith(short.lower()) and len(words[0]) > len(short) and all(
                w.isalpha() and w.islower() for w in words):
            found.setdefault(short, " ".join(words))
            return


def _in_order(letters: str, parts: list[str]) -> bool:
    """Every letter of the abbreviation is in the long form, in order: "a large number of participants randomised to
    the home (LMWH)" has no "w", so it is not what LMWH stands for."""
    joined, at = "".join(parts).lower(), 0
    for letter in letters.lower():
        if letter.isalpha():
            at = joined.find(letter, at) + 1
            if not at:
                return False
    return True


def _one_word(word: str, letters: str) -> bool:
    """"electrostimulation (ES)": one long word whose letters hold the abbreviation's, in order, from its first."""
    word = word.lower()
    return (2 <= len(letters) <= 3 and len(word) >= 8 and word.isalpha() and word[0] == letters[0].lower()
            and letters.isalpha() and _in_order(letters, [word]))


# An acronym as ``expand_acronyms`` looks for one, "\b[A-Z][A-Za-z]*[A-Z]s?\b", with the "\b" before it asked once its
# capital is read ("[A-Z](?<!\w[A-Z])": no word character before the capital): the matcher looks for capitals, not
# trying a match at every place.
_ACRONYM = re.compile(r"[A-Z](?<!\w[A-Z])[A-Za-z]*[A-Z]s?\b")


def expand_acronyms(sentence: str, table: Mapping[str, str]) -> str:
    """Spell out acronyms the source defined, since readers skim past unexplained capitals."""
    for short in table:  # a plain loop: asked of every sentence said, most of which hold none of them
        if short in sentence:
            break
    else:
        return sentence  # (each acronym spelled out is one in the table, so found in the sentence)

    def swap(m: re.Match[str]) -> str:
        tok = m.group(0)
        if tok in table:
            return table[tok]
        if tok.endswith("s") and tok[:-1] in table:
            return table[tok[:-1]] + "s"
        return tok

    out = _ACRONYM.sub(swap, sentence)
    for short in (k for k in table if k[1:].islower() and k in out):  # "Max", defined as a word cut short
        out = re.sub(rf"\b{short}\b", table[short], out)
    return out
