"""Cut a long sentence into short ones at its clause boundaries, keeping every clause.

Short sentences are easier to follow, but only a real clause may stand alone: each
piece must have a verb and open with a subject of its own, so no fragment such as
"But associated with harms." or "Six where they had not." is ever made.
"""

from __future__ import annotations

import re

from broker.plain.text import word_tokens
from broker.plain.words import CONNECTORS

# Clause boundaries where one sentence can become two; each side must still be a clause.
# Clause boundaries: (text to find, where the cut starts, where the next clause starts) as offsets.
_CLAUSE_CUTS = (("; ", 0, 2), (": ", 0, 2), (" - ", 0, 3), (" \u2013 ", 0, 3), (" \u2014 ", 0, 3),
                (" but ", 0, 1), (" whereas ", 0, 1), (", although ", 0, 2), (" although ", 0, 1), (", though ", 0, 2),
                (", however", 0, 2), (", while ", 0, 2), (", and ", 0, 2), (", so ", 0, 2), (", which ", 0, 2),
                (", suggesting ", 0, 2), (" and ", 0, 1))
# The boundaries where a sentence turns, tried before the rest.
_TURNS = tuple(c for c in _CLAUSE_CUTS if c[0] in ("; ", " but ", " whereas ", ", although ", " although ", ", though ",
                                                   ", however", ", while "))
_TURN_WORDS = frozenset(["but", "whereas", "although", "though", "however", "while"])
# A hedged claim ("Our results suggest that …"): what follows "that" is what they suggest, up to the sentence's end.
_REPORTED = re.compile(r"\b(?:suggests?|suggested|(?:is|are|was|were) (?:possible|likely)) that\b", re.I)
_OWN_VOICE = re.compile(r"^(?:but|whereas|although|though|however|while),? (?:there (?:is|was|are|were)|we|our|this|"
                        r"these|it|they|the (?:evidence|results?|data|findings?|quality|studies|trials))\b", re.I)
_OPENERS = frozenset([
    "there", "this", "these", "we", "they", "it", "no", "none", "one", "two", "three", "four", "five", "six", "seven",
    "eight", "nine", "ten", "all", "most", "some", "both", "each", "neither", "only",
])
_SUBJECT_START = frozenset([
    "the", "a", "an", "this", "these", "those", "there", "we", "they", "it", "its", "their", "no", "none", "some",
    "most", "all", "both", "each", "only", "one", "two", "three", "people", "patients", "participants", "women", "men",
    "children", "carers", "adults", "babies", "infants", "staff", "families", "parents", "he", "she", "our", "many",
    "few", "other", "others", "such", "any", "neither", "either", "more", "fewer", "less", "further", "future",
    "larger", "additional", "new", "longer", "evidence", "data",
])
# A relative word before any verb of a clause's own: "six where they had not".
# (Not "there was no evidence that these …": its verb comes before the "that".)
_RELATIVE = re.compile(r"^(?:(?!(?:is|are|was|were|has|have|had)\b)\S+ ){0,4}?"
                       r"(?:where|who|whom|whose|which|that|when)\b(?!.*\b(?:is|are|was|were|has|have|had)\b"
                       r".*\b(?:is|are|was|were|has|have|had)\b)")
_WHICH_NEXT = frozenset([
    "means", "suggests", "indicates", "shows", "makes", "may", "might", "could", "is", "was", "are", "were",
])
_PLURAL_WHICH = re.compile(r"^this (are|were)\b")
_VERBS = frozenset([
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "may", "might", "can", "could", "will", "would",
    "should", "must", "did", "does", "do", "show", "shows", "showed", "found", "find", "finds", "suggest", "suggests",
    "seem", "seems",
    "appear", "appears", "remain", "remains", "need", "needs", "reduce", "reduces", "increase", "increases",
    "improve", "improves", "lower", "lowers", "help", "helps", "means", "makes", "work", "works", "lack", "lacks",
    "met", "took", "gave", "got", "led", "made", "saw", "shown", "seen", "given", "done", "known", "left", "lost",
    "came", "went", "fell", "rose", "kept", "felt", "paid", "ran", "began", "sought", "held", "brought", "taught",
    "told", "wrote", "chose", "drew", "knew", "became", "grew", "thought", "include", "includes", "report", "reports",
    "compare",
    "compares", "affect", "affects", "provide", "provides", "support", "supports", "cause", "causes", "prevent",
    "prevents", "occur", "occurs", "exist", "exists", "varies", "differ", "differs", "lead", "leads", "result",
    "results", "conclude", "concludes", "offer", "offers", "give", "gives", "bring", "brings", "produce", "produces",
    "promote", "promotes", "enhance", "enhances", "allow", "allows", "enable", "enables", "contribute", "contributes",
    "raise", "raises", "decrease", "decreases", "cannot", "draw", "drawn", "protect", "protects", "perform", "performs",
    "seemed", "appeared", "tended", "tends", "tend", "become", "becomes", "became", "rely", "relies", "depend",
    "depends", "ensure", "ensures", "say", "says", "said", "feel", "feels", "think", "thinks", "want", "wants",
    "reduced", "increased", "improved", "decreased", "lowered", "raised", "reported", "received", "used", "needed",
    "helped", "worked", "caused", "prevented", "remained", "described", "valued", "wanted", "changed", "varied",
    "preclude", "precludes", "outweigh", "outweighs", "justify", "justifies", "confirm", "confirms",
    "observed", "noted", "detected", "experienced", "achieved", "suggested", "indicated", "demonstrated",
])
# After "to" a verb's form is no verb of a clause; after an article it is a noun ("an increase in …").
_NOT_BEFORE_VERB = frozenset(["to", "a", "an", "the"])
# Words ending in "-ed" that are no verb of their own in a heading ("Drug A compared with placebo").
_NOT_VERBS_ED = frozenset(["compared", "based", "speed", "breed", "greed", "bleed", "proceed", "hundred", "kindred"])
_NOT_SUBJECT = frozenset([
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "may", "might", "can", "could", "will", "would",
    "should", "did", "does", "do", "not", "also", "associated", "only", "with", "without", "in", "for", "to", "at",
    "on", "as", "of", "by", "from", "than", "that", "especially", "particularly", "mainly",
])


def has_verb(sentence: str, tokens: list[str] | None = None) -> bool:
    """True if the text reads as a sentence, not a heading such as "Drug A compared with placebo."."""
    prev = ""
    for t in word_tokens(sentence) if tokens is None else tokens:
        t = t.lower()
        # "resin-based", "placebo-controlled": a hyphenated "-ed" word describes a noun; it is no verb.
        if (t in _VERBS and prev not in _NOT_BEFORE_VERB) or (len(t) > 4 and t.endswith("ed")
                                                             and t not in _NOT_VERBS_ED and "-" not in t):
            return True
        # "only one trial compared a combination of …": "compared" with an object of its own is a verb.
        if prev == "compared" and t in _OBJECT_START:
            return True
        prev = t
    return False


_OBJECT_START = frozenset(["a", "an", "the", "two", "three", "four", "its", "their", "this", "these"])


def split_clauses(sentence: str, min_words: int = 4) -> list[str]:
    """Cut a long sentence at clause boundaries, since short sentences are easier to follow.

    A cut is kept only where both sides have a verb and the new sentence starts with a
    subject, so no fragment like "But associated with harms." is made.
    """
    two = _concessive(sentence)
    if two:
        return [piece for part in two for piece in split_clauses(part, min_words)]
    # The turns first ("…, but a fall in preterm birth and a trend towards … was shown"): an "and" inside the clause
    # after a "but" must not keep it from standing alone, as it would if every boundary were tried in one pass.
    merged = [piece for turn in _merged(_cut(sentence.rstrip(" .!?"), _TURNS), min_words)
              for piece in _merged(_cut(turn), min_words)]
    if len(merged) < 2:
        return _reason_apart(sentence)
    out = []
    for n, p in enumerate(merged):
        p = p.strip(" ,")
        head, _, rest = p.partition(" ")
        if n and head.lower() in CONNECTORS and rest:
            p = _PLURAL_WHICH.sub(r"these \1", (CONNECTORS[head.lower()] + " " + rest.lstrip(", ")).strip())
        out.append(p[:1].upper() + p[1:] + ".")
    return [piece for p in out for piece in _reason_apart(p)]


# "It is uncertain whether X helps Y, due to the high risk of bias": the reason for the doubt, told after it.
_DUE_TO = re.compile(r"^(?P<claim>.*?\b(?:uncertain|unclear|not enough|insufficient|no firm|not possible|"
                     r"questionable|limited|cannot|could not|unable|caution|cautiously|weak|low)\b[^,]*), due to "
                     r"(?P<why>(?:the |a |an |moderate |high |low |small |limited |lack )[^,;:]{8,}\S)\.$")


def _reason_apart(sentence: str) -> list[str]:
    """"It is uncertain whether X helps, due to Y." as "It is uncertain whether X helps. This is because of Y.": the
    same doubt and the same reason, in two short sentences; only for a doubt with its reason last."""
    m = _DUE_TO.match(sentence) if ", due to " in sentence and len(sentence.split()) > 24 else None
    if not m or not has_verb(m.group("claim")):
        return [sentence]
    return [m.group("claim") + ".", f"This is because of {m.group('why')}."]


_AUXILIARIES = frozenset(["is", "are", "was", "were", "may", "might", "can", "could", "does", "did", "do", "has",
                          "have", "had", "will", "would", "should", "remains", "remained", "appears", "appeared",
                          "seems", "seemed", "showed", "shows", "reduces", "reduced", "increases", "increased",
                          "improves", "improved"])
_DETERMINERS = frozenset(["the", "a", "an", "this", "these", "those", "such", "most", "some", "all", "any", "each",
                          "both", "many", "few", "early", "late", "routine", "oral", "topical"])
_NOT_A_SUBJECT = frozenset(["there", "it", "we", "they", "this", "these", "that", "our", "in", "for", "with", "among",
                            "when", "if", "although", "while", "despite", "based", "given", "compared", "overall"])


_CONCESSIVE = re.compile(r"^(?:Although|Though|Even though|While|Whilst) ")


_TIME_FIRST = re.compile(r"^(?:to date|so far|as yet|at present|currently|at this time),\s+", re.I)


def _concessive(sentence: str) -> list[str]:
    """"Although A, B." as "A. But B.": the same two claims and the same contrast, in two short sentences.

    Only where A is a clause of its own (has a verb) and B opens with a subject, at the
    first comma that allows it; otherwise [] and the sentence is left whole.
    """
    m = _CONCESSIVE.match(sentence)
    if not m:
        return []
    body = sentence[m.end():].rstrip(" .!?")
    at, tried = body.find(", "), -1
    while at > 0:
        first, rest = body[:at], body[at + 2:]
        # "While A, to date, important information … is unavailable": a time said before B's subject marks where
        # B begins, so B need not open with a word that is always a subject.
        timed = _TIME_FIRST.match(rest)
        if timed and _clause_ok(first, 3) and _clause_ok(rest[timed.end():], 4, lead=True) and _clause_ok(rest, 4):
            return [first[:1].upper() + first[1:] + ".", "But " + rest + "."]
        if tried >= 0 and has_verb(body[tried + 2:at]):
            # "Although A are evident, enough X is present to … that of other, more commonly used Y": the
            # comma that failed opened a clause of its own, so a later one cuts inside it ("that of other.").
            return []
        if has_verb(first) and _clause_ok(first, 3) and _clause_ok("but " + rest, 4, lead=True):
            return [first[:1].upper() + first[1:] + ".", "But " + rest + "."]
        tried = at if has_verb(first) else -1
        at = body.find(", ", at + 2)
    return []


def _pronoun(clause: str) -> str | None:
    """"it" or "they" for the subject a clause opens with; None when it does not open with one."""
    words = clause.split()
    if not words or words[0].lower().strip(",") in _NOT_A_SUBJECT:
        return None
    head = next((w.lower().strip(",") for w in words[:3] if w.lower() not in _DETERMINERS), "")
    if not head.isalpha() and "-" not in head:
        return None
    plural = head.endswith("s") and not head.endswith(("ss", "us", "is", "ous", "ics"))
    return "they" if plural else "it"


def _merged(bits: list[str], min_words: int) -> list[str]:
    """The clauses of ``_cut``'s pieces: a piece that cannot stand alone stays with the one before it."""
    merged = [bits[0]]
    for delim, part in zip(bits[1::2], bits[2::2], strict=True):
        if part.startswith("but ") and part[4:].split(" ", 1)[0] in _AUXILIARIES and len(merged) == 1:
            pronoun = _pronoun(merged[0])  # "…, but is linked to harms": "But it is linked to harms."
            if pronoun:
                part = f"but {pronoun} {part[4:]}"
        in_list = delim.startswith(",") and part.startswith("and ") and "," in merged[-1]  # "A, B, and C"
        # A bare "and" joins nouns far more often than clauses: cut only before a clear clause opener.
        bare_and = delim == " " and part.startswith("and ") and part[4:].split(" ", 1)[0].lower() not in _OPENERS
        # "Our results suggest that X is Y, but Z leads to W": Z is what they suggest too, so it cannot stand alone
        # without its hedge; "…, but there was no evidence that …" is said by the authors themselves.
        reported = (part.split(" ", 1)[0].rstrip(",").lower() in _TURN_WORDS and _REPORTED.search(merged[-1])
                    and not _OWN_VOICE.match(part))
        if (part and not in_list and not bare_and and not reported and _clause_ok(merged[-1], min_words)
                and _clause_ok(part, min_words, lead=True)):
            merged.append(part)
        else:
            merged[-1] += delim + part
    return merged


def _cut(body: str, cuts: tuple[tuple[str, int, int], ...] = _CLAUSE_CUTS) -> list[str]:
    """[clause, delimiter, clause, …] at every possible clause boundary (like re.split with a group)."""
    spans = []
    for needle, lead, skip in cuts:
        i = body.find(needle)
        while i >= 0:
            start = i - 1 if needle[0] == " " and i and body[i - 1] == "," else i + lead
            spans.append((start, i + skip))
            i = body.find(needle, i + 1)
    if not spans:
        return [body]
    bits, last = [], 0
    for start, end in sorted(spans):
        if start < last:
            continue
        bits += [body[last:start], body[start:end]]
        last = end
    bits.append(body[last:])
    return bits


# Words that comment on a whole clause, before its subject: "unfortunately there is …".
_SENTENCE_ADVERBS = frozenset(["unfortunately", "fortunately", "importantly", "interestingly", "notably", "currently",
                               "nevertheless", "nonetheless"])
_MAIN_SUBJECT = frozenset(["we", "there", "it", "this", "these", "they", "the"])
_SUBORDINATE = frozenset(["because", "since", "as", "if", "unless", "when", "whether", "although", "though"])
_COMMA_BEFORE_VERB = re.compile(r"^(?:[\w-]+ ){0,2}[\w-]+, (?:were|was|is|are|had|has|have)\b", re.I)


def _clause_ok(part: str, min_words: int, lead: bool = False) -> bool:
    """A part can be its own sentence: long enough, has a verb, and (if new) starts with a subject."""
    ws = part.split()
    own_subject = False
    joined = False  # "but", "although"…: what follows must open with a subject of its own
    if ws and ws[0].lower() in CONNECTORS:
        first = ws[0].lower()
        joined = first in ("but", "whereas", "although", "though", "while", "however")
        if first == "which" and (len(ws) < 2 or ws[1] not in _WHICH_NEXT):
            return False
        if first == "suggesting" and (len(ws) < 2 or ws[1] != "that"):
            return False
        own_subject = first in ("which", "suggesting")
        ws = ws[1:]
    if len(ws) < min_words or not has_verb(" ".join(ws)):
        return False
    if lead and not any(w.lower().strip(",") in _VERBS for w in ws):
        return False  # "one comparing adjuvanted vaccine …": a new sentence needs a verb of its own
    if not lead or own_subject:
        return True
    if lead and _RELATIVE.search(" ".join(ws)):
        return False  # "six where they had not": the only verb is in a relative clause, so no sentence
    if lead and ws[0].lower() in _SUBORDINATE:
        # "…, and because the number of participants … were small": "Because …" alone is no sentence; "but because the
        # quality … is very low, we are very uncertain …" has its main clause after the comma
        main = " ".join(ws).partition(", ")[2]
        return joined and main.split(" ", 1)[0].lower() in _MAIN_SUBJECT and has_verb(main)
    if lead and _COMMA_BEFORE_VERB.match(" ".join(ws)):
        return False  # "… of the same antibiotic and one other, were included": "one other" is no subject
    if joined and len(ws) > 1 and ws[0].lower().strip(",") in _SENTENCE_ADVERBS:
        ws = ws[1:]  # "but unfortunately there is still no evidence …": the subject comes after the aside
    w = ws[0].lower().strip(",")
    if joined and not (w in _SUBJECT_START or ws[0][:1].isupper()
                       or (w.endswith("s") and not w.endswith("ss") and w not in _VERBS)):
        return False  # "…a small but important increase": "important increase" is no sentence
    return w not in _NOT_SUBJECT and w not in _VERBS and not w.endswith(("ed", "ing", "ly"))
