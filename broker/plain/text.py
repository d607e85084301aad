"""Text tools for plain-language entries: sentences, reading grade, structured-abstract sections, acronyms.

Everything here is pure (text in, text out) and uses only compiled, read-only
patterns and tables, so it is safe to call from any thread and fast enough to
summarise hundreds of abstracts a second.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import lru_cache
from types import MappingProxyType

from broker.plain.ascii_twin import AsciiTwin
from broker.plain.words import trie_pattern

# --- sentences and reading grade -------------------------------------------------

# Full stops that do not end a sentence: decimals and common abbreviations.
_ABBREVIATIONS = frozenset(["e.g", "i.e", "al", "vs", "approx", "etc", "cf", "dr", "mr", "mrs", "ms", "prof",
                            "fig", "figs", "ref", "refs", "eg", "ie", "ca"])
_DOT_SPACE = re.compile(r"\.(?=\s)")
# _DOT_SPACE where the letters before it could end one of the _ABBREVIATIONS (case ignored): the
# rest of a text's full stops, most, are passed in the matcher, not looked at one by one in Python. Asked of every
# sentence end, so the letter before the full stop is looked at first (half of them, "participants." or "(low
# certainty).", fail there), then one look-behind for each length of abbreviation; each letter is spelled in both
# cases, not by ignoring case (which asks Unicode to lower each letter). What that finds more (a letter beyond ASCII
# that lower-cases to one of ASCII's) is no abbreviation to ``_protect_abbreviations`` either.
_ABBREVIATION_ENDS = "".join(sorted({c for a in _ABBREVIATIONS for c in (a[-1], a[-1].upper())}))
_DOT_AFTER_ABBREVIATION = re.compile(rf"\.(?=\s)(?<=[{_ABBREVIATION_ENDS}]\.)(?:" + "|".join(
    "(?<=(?:" + "|".join(sorted("".join(f"[{c.upper()}{c}]" if c.isalpha() else re.escape(c) for c in a)
                                for a in _ABBREVIATIONS if len(a) == n)) + r")\.)"
    for n in sorted({len(a) for a in _ABBREVIATIONS})) + ")")
_SENT_END = re.compile(r"([.!?][\"'\u2019\u201d)\]]*)\s+(?=[\"'\u2018\u201c(\[]?[A-Z0-9])")
# "...participants).The next" - a missing space after a full stop, common in feeds.
_GLUED = re.compile(r"[.!?](?<=[a-z0-9%)][a-z0-9)][.!?])(?=[A-Z][a-z])")
# _SENT_END and _GLUED for text with no "!" or "?" (nearly all): opened by "." alone, the matcher runs to each full stop
# in a plain loop instead of testing each character against a class, three times as fast; the matches are the same.
_SENT_END_DOT = re.compile(r"(\.[\"'\u2019\u201d)\]]*)\s+(?=[\"'\u2018\u201c(\[]?[A-Z0-9])")
_GLUED_DOT = re.compile(r"\.(?<=[a-z0-9%)][a-z0-9)]\.)(?=[A-Z][a-z])")
_PROTECT = "\u00a7"
# "...(2 studies, 3,091 participants, high quality evidence) A combination of ...": a statistics bracket that
# closes a sentence whose full stop was lost; the next sentence opens with a capital that nothing else explains.
# The look-ahead finds the figure, and the bracket is then read once: "[^()]*(?:\d|evidence)[^()]*" tried every split
# of a bracket full of figures before failing (46 µs a search; now a few).
_GLUED_PAREN = re.compile(r"(\((?=[^()]*(?:\d|evidence))[^()]*\))\s+(?=(?:A|An|The|There|This|These|In|We|Our|Overall|"
                          r"Evidence|No|Most|All|Compared)\s+[a-z])")
# What each of its matches ends with, looked for first: the brackets are read only where one could have been glued.
_GLUED_PAREN_END = re.compile(r"\)\s+(?:A|An|The|There|This|These|In|We|Our|Overall|Evidence|No|Most|All|Compared)"
                              r"\s+[a-z]")
# The white space ``str.split()`` splits ASCII text at, but the space.
_ASCII_BREAKS = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f"


def _protect_abbreviations(text: str) -> str:
    """Hide the full stop in "e.g." or "et al." so it does not end a sentence."""
    out, last = [], 0
    for m in _DOT_AFTER_ABBREVIATION.finditer(text):
        i = m.start()
        begin = text.rfind(" ", 0, i) + 1
        if i - begin > 6 and text[i - 7] not in "([":
            continue  # a word longer than any abbreviation ("participants."), brackets and all: most sentence ends
        if text[begin:i].lstrip("([").lower() in _ABBREVIATIONS:
            out.append(text[last:begin] + text[begin:i].replace(".", _PROTECT) + _PROTECT)
            last = i + 1
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)


def _unfolded(text: str) -> bool:
    """Whether folding the white space (``" ".join(text.split())``) may change the text: not where it holds only
    single spaces between words. In ASCII text each other white space character is looked for as itself (the quickest
    look a text has); other text is folded unless printable (tabs, line breaks and the like are not printable)."""
    if "  " in text or text[:1] == " " or text[-1:] == " ":
        return True
    if text.isascii():
        for c in _ASCII_BREAKS:  # noqa: SIM110 (a plain loop, as in ``mentions``)
            if c in text:
                return True
        return False
    return not text.isprintable()


def split_sentences(text: str) -> list[str]:
    """Split on sentence ends, but not after decimals or "e.g.", so grades stay honest."""
    if _unfolded(text):  # (folded only where it may change the text)
        text = " ".join(text.split())
    if not text:
        return []
    if ") " in text and _GLUED_PAREN_END.search(text):
        text = _GLUED_PAREN.sub(r"\1. ", text)
    dots_only = "!" not in text and "?" not in text  # (nothing below adds either)
    glued = _GLUED_DOT if dots_only else _GLUED
    if glued.search(text):  # (rare: a sub each time cost more than the look)
        text = glued.sub(r"\g<0> ", text)
    text = _protect_abbreviations(text)
    parts = (_SENT_END_DOT if dots_only else _SENT_END).split(text)
    sents = [parts[i] + parts[i + 1] for i in range(0, len(parts) - 1, 2)] + [parts[-1]]
    return [p.replace(_PROTECT, ".") for p in sents if p.strip()]


def count_sentences(text: str) -> int:
    """How many sentences, cheaply: most clauses hold one full stop, at the end."""
    if text.count(".") + text.count("!") + text.count("?") <= 1:
        return 1 if text.strip() else 0
    return len(split_sentences(text))


def keeping(chars: str) -> bytes:
    """A ``bytes.translate`` table that makes every byte but ``chars`` a space (for ``ascii_runs``)."""
    return bytes(c if chr(c) in chars else 32 for c in range(256))


def ascii_runs(text: str, table: bytes, leads: tuple[str, ...]) -> list[str]:
    """What a pattern "[A][AB]*" finds in ASCII text, found without it, two to three times as fast: the runs of the
    characters ``table`` keeps, less any they open with that may not start one (a leading "'" or "-", each given in
    ``leads`` after a space, " '", as it is looked for)."""
    runs = " " + text.encode().translate(table).decode()
    for lead in leads:  # plain loops: asked of every sentence, where a generator costs more than the look itself
        if lead[1] in runs and lead in runs:  # (the character alone first: looked for faster than two together)
            return _without_leads(runs, leads)
    return runs.split()


def _without_leads(runs: str, leads: tuple[str, ...]) -> list[str]:
    """``ascii_runs``'s runs where one opens with one of the ``leads``: each taken off, again while one is left."""
    again = True
    while again:
        again = False
        for lead in leads:
            if lead in runs:
                runs = runs.replace(lead, "  ")
                again = True
    return runs.split()


LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"  # ASCII's, for ``keeping``
_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")
_NOT_WORD = keeping(LETTERS + "'-")  # what is left of an ASCII text splits into _WORD's runs


def word_tokens(text: str) -> tuple[str, ...]:
    """``_WORD.findall(text)``, about twice as fast for ASCII text (most sentences): asked of every sentence."""
    return tuple(ascii_runs(text, _NOT_WORD, (" '", " -")) if text.isascii() else _WORD.findall(text))
# A bracketed aside with the space before it: "heparin (alone or with aspirin)" is said as "heparin".
BRACKETED = re.compile(r" \([^()]*\)")
_DIGIT = re.compile(r"\d")
# A run of digits, "\\d+" spelled so that a match opens with a digit the matcher can look for: it then passes the
# characters that are none, not trying a match at each.
_DIGITS = AsciiTwin(re.compile(r"\d\d*"))


# Vowels (with y) stay, everything else becomes a space: the runs left are the vowel groups.
_VOWEL_RUNS = str.maketrans({c: (c if c in "aeiouy" else " ") for c in "abcdefghijklmnopqrstuvwxyz'-"})


@lru_cache(maxsize=1 << 16)
def syllables(word: str) -> int:
    """Estimate syllables by vowel groups, less a silent "-e", "-es" or "-ed"; needs no dictionary.

    A run of vowels counts one syllable per two letters ("ea" is one, "eau" two). Cached:
    the same few thousand words come back in every abstract.
    """
    if len(word) <= 3:
        return 1
    w = word.lower()
    if "'" in w:
        w = w.strip("'")
        if len(w) <= 3:
            return 1
    if w.endswith("ed"):
        w = w[:-2]
    elif w.endswith("es") and w[-3] not in "laeiouy":
        w = w[:-3]
    elif w.endswith("e") and w[-2] not in "laeiouy":
        w = w[:-2]
    if w.startswith("y"):
        w = w[1:]
    return max(1, sum((len(run) + 1) // 2 for run in w.translate(_VOWEL_RUNS).split()))


def has_digit(text: str) -> bool:
    """Whether ``_DIGIT`` finds a digit: for ASCII text, whether one of 0 to 9 is in it, each looked for as one
    character (the quickest look a text has), far faster than the pattern trying each place, and than deleting them
    with ``bytes.translate`` (asked of every sentence, and of whole abstracts)."""
    if text.isascii():
        for digit in "1023456789":  # noqa: SIM110 (a plain loop, as in ``mentions``)
            if digit in text:
                return True
        return False
    return _DIGIT.search(text) is not None


def words(text: str) -> tuple[str, ...]:
    """Words for grading: tokens holding digits are skipped, since "7,843" is not read as syllables."""
    if not has_digit(text):
        return word_tokens(text)
    keep, last = [], 0
    for m in _DIGITS.finditer(text):  # a run of digits stands in one token: its first digit finds it
        i = m.start()
        if i < last:
            continue
        start = text.rfind(" ", 0, i) + 1
        end = text.find(" ", i)
        keep.append(text[last:start])
        last = len(text) if end < 0 else end
    keep.append(text[last:])
    return word_tokens(" ".join(keep))


def grade_counts(text: str, cache: dict[str, int] | None = None,
                 ws: tuple[str, ...] | None = None) -> tuple[int, int, int]:
    """(sentences, words, syllables): the parts of a grade, so grades can be added up cheaply.

    ``cache`` lets one caller reuse syllable counts across many sentences of one abstract;
    ``ws`` passes ``words(text)`` when the caller already has it.
    """
    if ws is None:
        ws = words(text)
    if cache is None:
        syl = sum(map(syllables, ws))
    else:
        syl = 0
        for w in ws:
            n = cache.get(w)
            if n is None:
                n = cache[w] = syllables(w)
            syl += n
    return count_sentences(text), len(ws), syl


def grade_from(sents: int, nwords: int, syl: int) -> float:
    """Flesch-Kincaid grade from its counts; 0.0 for empty text."""
    if not sents or not nwords:
        return 0.0
    return 0.39 * nwords / sents + 11.8 * syl / nwords - 15.59


def reading_grade(text: str) -> float:
    """Flesch-Kincaid grade level (US school grade), computed offline, so every summary can be checked."""
    return round(grade_from(*grade_counts(text)), 2)


def mentions(text: str, words: tuple[str, ...]) -> bool:
    """Whether any of the words is in the text: a plain loop, twice as fast as any() over a generator."""
    for w in words:  # noqa: SIM110 (see above)
        if w in text:
            return True
    return False


def places(text: str, word: str) -> list[int]:
    """Where a word stands in a text, left to right, not overlapping: the starts of ``re.finditer(re.escape(word),
    text)``, without compiling a pattern for each word (a new word each time, so ``re``'s cache never helps)."""
    out, at = [], text.find(word)
    while at >= 0:
        out.append(at)
        at = text.find(word, at + (len(word) or 1))
    return out


def says(pattern: re.Pattern[str], text: str, *words: str) -> bool:
    """The pattern matches, looked for only when one of the words it needs is there (abstracts are long)."""
    for w in words:  # a plain loop: called ~50,000 times a run, a generator here costs more than the look itself
        if w in text:
            return bool(pattern.search(text))
    return False


def says_any(table: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...], text: str) -> bool:
    """Whether any (words, pattern) of a table says it (``says`` for each, in a plain loop: asked of every sentence)."""
    for words, pattern in table:
        for w in words:
            if w in text:
                if pattern.search(text):
                    return True
                break
    return False


def word_pairs(table: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """A ``says_any`` table as (word, pattern) pairs in its order, for ``says_by_pairs``."""
    return tuple((w, pattern) for words, pattern in table for w in words)


def says_by_pairs(pairs: tuple[tuple[str, re.Pattern[str]], ...], text: str) -> bool:
    """``says_any`` of the table the pairs came from: one loop, not one in another, a third cheaper when no word is
    there (most sentences). A pattern may be tried again for a second of its words; it answers the same."""
    for w, pattern in pairs:  # noqa: SIM110 (a plain loop, as in ``mentions``)
        if w in text and pattern.search(text):
            return True
    return False


# --- structured abstracts --------------------------------------------------------

_ROLES: Mapping[str, str] = MappingProxyType({
    "background": "background", "introduction": "background", "context": "background",
    "rationale": "background", "objective": "aim", "objectives": "aim", "aim": "aim",
    "aims": "aim", "purpose": "aim", "aims and objectives": "aim", "research question": "aim",
    "methods": "methods", "method": "methods", "design": "methods", "setting": "methods",
    "settings": "methods", "participants": "methods", "patients": "methods",
    "search methods": "methods", "selection criteria": "methods", "study design": "methods",
    "data collection and analysis": "methods", "interventions": "methods",
    "main outcome measures": "methods", "outcome measures": "methods", "measures": "methods",
    "materials and methods": "methods", "methods and analysis": "methods",
    "design, setting, and participants": "methods", "data sources": "methods",
    "study selection": "methods", "data extraction": "methods", "analysis": "methods",
    "limitations": "methods", "strengths and limitations": "methods",
    "results": "results", "main results": "results", "findings": "results",
    "key results": "results", "outcomes": "results",
    "conclusion": "conclusions", "conclusions": "conclusions", "interpretation": "conclusions",
    "authors' conclusions": "conclusions", "discussion": "conclusions",
    "implications": "conclusions", "conclusions and relevance": "conclusions",
    "implications for practice": "conclusions", "summary": "conclusions",
    # Journals' own headings ("CONCLUSIONS/SIGNIFICANCE" in PLoS; "PATIENTS AND METHODS"). One that joins two parts
    # ("METHODOLOGY/PRINCIPAL FINDINGS", "BACKGROUND/AIMS") is read as unstructured text: what it set out to do may
    # follow what led to it, and its results follow its methods.
    "conclusions/significance": "conclusions", "conclusion/significance": "conclusions",
    "methodology": "methods", "experimental design": "methods", "material and methods": "methods",
    "methods and materials": "methods", "patients and methods": "methods", "methods and study design": "methods",
    "objectives/hypothesis": "aim", "study aim": "aim",
    "methodology/principal findings": "text", "principal findings": "text", "methods and results": "text",
    "background/aims": "text", "background/purpose": "text", "background and aim": "text",
    "background and aims": "text", "aims and background": "text", "introduction and aims": "text",
    "funding": "skip", "trial registration": "skip", "registration": "skip",
    "ethics and dissemination": "skip", "keywords": "skip", "key words": "skip",
})
# Case matters: "Results:" and "RESULTS" are headings, "results:" in a sentence is not.
_HEADINGS = frozenset(v for k in _ROLES for v in (k.capitalize(), k.upper(), k.title()))
_HEADING = re.compile(
    r"(?P<h>" + trie_pattern(_HEADINGS) + r")"
    r"(?P<end>\s*:|\.(?= )|[ \t]*\n|\s+[-\u2013\u2014]\s+|(?<=[A-Z]{3}) (?=[A-Z][a-z]))")
# Where a heading may start in a text read with each of ".!?:)" as a line break, a tab as a space and a line break put
# before it (``_SEPARATORS``): after a line break and any spaces, where a heading's first two letters may follow (each
# from those its headings have there: a pattern of the headings' openings cost more to compile than it would spare).
# The matcher runs from line break to line break, not testing each character for a heading's capital.
_SEPARATORS = bytes.maketrans(b".!?:)\t", b"\n\n\n\n\n ")
_HEADING_PLACE = re.compile(rb"\n *(?=[%s][%s])" % (
    "".join(sorted({h[0] for h in _HEADINGS})).encode(), "".join(sorted({h[1] for h in _HEADINGS})).encode()))


def _headings(abstract: str) -> Iterator[re.Match[str]]:
    """``_HEADING``'s matches that start the text or come after a sentence's end, a colon, a bracket or a line break
    (spaces and tabs between), so "…were the main results: fewer falls" is not mistaken for one.

    The heading is matched only at such places, found in the text as ASCII (each other character read as "?", so
    a place after one is looked at again): no match the matcher would find first, trying every place, can hold one (a
    heading holds none of ".!?:)" or a line break, and what ends it ends at one or after its spaces).
    """
    ascii_text = abstract.isascii()
    for place in _HEADING_PLACE.finditer(b"\n" + abstract.encode("ascii", "replace").translate(_SEPARATORS)):
        at = place.end() - 1
        if not ascii_text:
            before = abstract[:at].rstrip(" \t")
            if before and before[-1] not in ".!?:)\n":
                continue  # after a character beyond ASCII
        m = _HEADING.match(abstract, at)
        if m:
            yield m


def sections(abstract: str) -> list[tuple[str, str]]:
    """Cut a structured abstract into (role, text) parts; unstructured text is one "text" part.

    Headings count only at the start of the text or of a line, or right after a
    sentence ends, so "…were the main results: fewer falls" is not mistaken for one.
    A feed often puts a paragraph of its own before the headings: that is the "intro".
    """
    marks: list[tuple[int, int, str]] = []
    for m in _headings(abstract):
        if m.group("end").startswith(".") and not m.group("h").isupper() and " " in m.group("h"):
            continue
        marks.append((m.start(), m.end(), _ROLES[m.group("h").lower()]))
    # A real structured abstract has at least two headings, the first near the start or on a line of its own.
    if len(marks) < 2 or (marks[0][0] > 40 and abstract[: marks[0][0]].rstrip(" \t")[-1:] != "\n"):
        return [("text", abstract)]
    out = []
    pre = abstract[: marks[0][0]].strip()
    if pre:
        out.append(("intro" if marks[0][0] > 40 else "background", pre))
    for i, (_, end, role) in enumerate(marks):
        stop = marks[i + 1][0] if i + 1 < len(marks) else len(abstract)
        body = abstract[end:stop].strip()
        if body:
            out.append((role, body))
    return out
