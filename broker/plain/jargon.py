"""Short plain explanations for medical words and abbreviations a summary may have to keep.

Reviewers read the summary on its own, without the site's "Words explained" box, so a
word that matters must be explained in the text: "phacoemulsification (removing a
cloudy lens with sound waves)". The meanings live in ``meanings``: a few everyday words
for each, said only where their sense fits the source.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from types import MappingProxyType

from broker.plain.abbreviations import ABBREVIATIONS, SENSES, SPELLED
from broker.plain.ascii_twin import AsciiTwin
from broker.plain.clearer import VOWEL_SOUND, an_before, clearer, opens_sentence, with_an
from broker.plain.jargon_medicines import KIND_ENDINGS, KIND_OF, KINDS, MEDICINE_ENDINGS, NOT_MEDICINES
from broker.plain.meanings import GLOSSES
from broker.plain.reading import LEANING
from broker.plain.starts import by_letters, starting
from broker.plain.text import split_sentences
from broker.plain.words import trie_pattern
from broker.trie import word_start_pattern

MOST_EXPLAINED = 6  # more explanations than this crowd out the finding; one word left unexplained fails a reader
# A research word many entries use ("outcomes"): explained, but never in place of an illness or a treatment.
_SLOTLESS = frozenset(["outcome", "outcomes"])

# Abbreviations every reader knows.
EVERYDAY = frozenset(["UK", "US", "USA", "NHS", "HIV", "GP", "GPs", "DNA", "UV", "IQ", "TV", "COVID", "EU", "WHO",
                      "II", "III", "IV", "OK", "pH", "mL", "mg", "kg", "mmHg", "mmol", "mcg"])
# A word with a capital after its first letter (group 1), with the character before it, in " " + the text (as _TERM).
# Possessive: no run given back could be followed by what comes next (a letter that a run of its kind holds, or a
# capital that the one before it stops at), so the matcher is spared giving back each letter of every word.
_CAPITALS = AsciiTwin(re.compile(r"[^\w-](\d*+[A-Z][a-z0-9]*+[A-Z][A-Za-z0-9]*+|[a-z]++[A-Z][A-Za-z0-9]*+)"
                                 r"(?![\w-])"))
# Led by their first letters, capitals all: the matcher passes every other place at once.
_ABBR = starting(r"(" + word_start_pattern({*ABBREVIATIONS, *SENSES}) + r")(s?)(?![\w-])")
_SPELLED = starting(r"(" + word_start_pattern(SPELLED) + r")(s?)(?![\w-])")
# "a UCT" written out is "an unconditional cash transfer".
_AN = an_before({ABBREVIATIONS[a][0].split()[0] for a in SPELLED
                 if a in ABBREVIATIONS and VOWEL_SOUND.match(ABBREVIATIONS[a][0])})
# The same words either side of a slash: "motor neurone disease/motor neurone disease".
_TWICE = re.compile(r"(?<![\w-])((?:[\w'-]+ ){0,4}[\w'-]+)/\1(?![\w-])")
# A glossed term (group 1) with the character before it, no letter, digit, "_" or "-", matched in " " + the text: led
# by a class, the matcher passes each place with one look at a character, where led by the look-behind it stood for
# ("(?<![\\w-])") it tried each place in full (a third of the cost). The same terms: each ends with a letter or "-",
# so no term ends where the next could start.
_TERM = re.compile(r"[^\w-](" + trie_pattern(GLOSSES) + r")(?![\w-])")
# A medicine's international name, by its ending, at least two letters before it: lower case, or capitalised
# where it opens a sentence (a capitalised word elsewhere is a name: "Tanvir"). Matched on the text read backwards,
# so the pattern starts at the end of a word and most words fail on their last letter.
_A_MEDICINE = "a medicine"
# As _TERM: group 1 is the name, backwards, in " " + the text backwards.
_MEDICINE_BACKWARDS = AsciiTwin(re.compile(r"[^\w-]((?:" + trie_pattern({e[::-1] for e in MEDICINE_ENDINGS})
                                           + r")[a-z]+[a-zA-Z])(?![\w-])"))


def explain(texts: Sequence[str], source: str, most: int = MOST_EXPLAINED) -> list[str]:
    """The texts made plain: research words swapped for everyday ones, then hard words explained.

    A word with an everyday name that means the same in context is swapped first
    (``clearer``: "placebo" is "a dummy treatment"), since a swap costs the reader nothing
    and leaves the explanations for words that have no such name. Then the first use of
    each hard word or abbreviation left is explained just after its sentence.

    "Phacoemulsification gave the best sight." is followed by "Phacoemulsification
    means removing a cloudy lens with sound waves.": a short sentence of its own reads
    more easily than a bracket inside a long one. An abbreviation is explained only
    where its meaning fits the source (``source`` in lower case); a word the source
    already explains in a bracket is left alone; at most ``most`` explanations are added
    across all the texts, the earliest first.
    """
    done: set[str] = set()
    out: list[str] = []
    left = most
    texts = [_written_out(t, source) if t[1:] != t[1:].lower() else t  # a capital after the first letter
             for t in (clearer(t, source) for t in texts)]
    for text in texts:
        if left <= 0 or not text or not (_TERM.search(" " + text.lower()) or _ABBR.search(text)
                                         or _MEDICINE_BACKWARDS.search(" " + text[::-1])):
            out.append(text)
            continue
        said: list[str] = []
        waiting: list[str] = []  # explanations, held while the next sentence leans on this one
        for sentence in split_sentences(text):
            if waiting and not LEANING.match(sentence):
                said += waiting
                waiting = []
            said.append(sentence)  # "… a difference between TENS and sham TENS. We are unsure …" stay together
            names: dict[str, list[str]] = {}  # medicines named only by their names, one sentence for each kind
            for word, meaning, key in _hard_words(sentence, source):
                if meaning == _A_MEDICINE:
                    if key not in done:
                        names.setdefault(kind_of(key), []).append(word)
                        done.add(key)
                    continue
                if left > 0 and key not in done and meaning not in done:
                    waiting.append(sentence_for(word, meaning))
                    done.update((key, meaning))
                    if " " in key:  # "retropubic colposuspension" explained covers a later "colposuspension"
                        done.update(_tails(key))
                    done.add(key[:-1] if key.endswith("s") else key + "s")  # "fibroids", then "a fibroid"
                    left -= key not in _SLOTLESS
            for kind, named in names.items():
                if left > 0:
                    waiting.append(medicines(named, kind))
                    left -= 1
        out.append(" ".join(said + waiting))
    return out


def _tails(phrase: str) -> list[str]:
    """The shorter phrases a phrase ends with: "relapsing multiple sclerosis" -> "multiple sclerosis", "sclerosis"."""
    words = phrase.split()
    return [" ".join(words[i:]) for i in range(1, len(words))]


def meaning_of(abbreviation: str, source: str) -> tuple[str, bool] | None:
    """What an abbreviation means where the source's words fit that sense, and whether it is said in its place."""
    known = ABBREVIATIONS.get(abbreviation)
    if known and (not known[1] or any(c in source for c in known[1])):
        return known[0], abbreviation in SPELLED
    for meaning, context in SENSES.get(abbreviation, ()):
        if any(c in source for c in context):
            return meaning, False
    return None


def _written_out(text: str, source: str) -> str:
    """Abbreviations whose meaning is a name written out, with "a" made "an" where the name needs it.

    "ALS/MND" names one illness twice: written out, it is said once ("motor neurone disease").
    """
    out = _SPELLED.sub(lambda m: _spelled(m, source), text)
    if out == text:
        return out
    if "/" in out:
        out = _TWICE.sub(r"\1", out)
    return with_an(_AN, out)


def _spelled(m: re.Match[str], source: str) -> str:
    """"people with AD" -> "people with Alzheimer's disease", where the source's words fit that sense."""
    found = meaning_of(m.group(1), source)
    text = m.string
    if not found or not found[1] or text.count("(", 0, m.start()) > text.count(")", 0, m.start()):
        return m.group(0)
    name = found[0] + ("" if found[0].endswith("s") else m.group(2))
    return name[:1].upper() + name[1:] if opens_sentence(text, m.start()) else name


def medicines(names: Sequence[str], kind: str = "") -> str:
    """The names in one sentence: "Olanzapine is a medicine for serious mental illness.", "Aspirin and naproxen are
    painkillers.", "Tirilazad is a medicine." (a name of no known kind)."""
    # "Olanzapine" opening its sentence is "olanzapine" in a list; "L-ornithine L-aspartate" keeps its capitals
    names = [n if any(c.isupper() for c in n[1:]) else n.lower() for n in names]
    said = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    one, several = KINDS.get(kind, (_A_MEDICINE, "medicines"))
    return f"{said[:1].upper()}{said[1:]} {'is ' + one if len(names) == 1 else 'are ' + several}."


def kind_of(name: str) -> str:
    """The kind of medicine a name is, by the name or its WHO stem ("sertraline": an antidepressant), or ""."""
    low = name.lower()
    if low in KIND_OF:
        return KIND_OF[low]
    return next((kind for ending, kind in KIND_ENDINGS if low.endswith(ending)), "")


def sentence_for(word: str, meaning: str) -> str:
    """The explanation as a sentence: "Delirium means sudden confusion.", or a meaning that is one already."""
    return meaning if meaning.endswith(".") else f"{word[:1].upper()}{word[1:]} means {meaning}."


# "intervention" is explained only after a word that points ("the intervention", "these interventions") or at the
# start of a sentence: after a describing word ("music interventions", "an effective intervention") it is named.
_POINTING = frozenset(["the", "these", "those", "this", "such", "some", "any", "no", "other", "different", "all", "of",
                       "for", "with", "to", "and", "or", "each", "both", "which", "many", "several", "various",
                       "two", "three", "four", "five", "by", "in", "on", "from", "between", "than", "an", "a",
                       "further", "more", "one", "single", "multiple", "their", "its", "our"])
_UNNAMED = frozenset(["intervention", "interventions"])
# … except in the sentence that says what a review was about ("It was about music interventions."): a reader meets
# the word there first, and it names the review's whole subject.
_SUBJECT = re.compile(r"It was about ")


def _named_before(sentence: str, start: int) -> bool:
    """Whether the word before ``start`` describes what the intervention was ("music interventions")."""
    before = sentence[max(0, start - 30):start].split()
    return bool(before) and before[-1].lower().strip(",;:(") not in _POINTING


# Words whose gloss is wrong in these surroundings, and left unexplained there.
_OTHER_SENSE: Mapping[str, re.Pattern[str]] = MappingProxyType({
    "intubation": by_letters(r"\b(?:post-pyloric|pyloric|nasogastric|naso-enteral|nasoenteric|duodenal|gastric|"
                             r"enteral|feeding) intubation\b"),
    # "incentive spirometry" is breathing in deeply through a device, not a breathing test
    "spirometry": by_letters(r"\bincentive spirometry\b"),
})


def _hard_words(sentence: str, source: str) -> list[tuple[str, str, str]]:
    """(word as written, its meaning, its key) for each hard word in a sentence, in order."""
    hits: list[tuple[int, str, str, str]] = []
    if sentence != sentence.lower():  # any capital at all
        for m in _ABBR.finditer(sentence):
            found = meaning_of(m.group(1), source)
            if found:
                hits.append((m.start(), m.group(1), found[0], m.group(1)))
    low = sentence.lower()
    for m in _TERM.finditer(" " + low):
        term, start, end = m.group(1), m.start(1) - 1, m.end(1) - 1
        if term in _UNNAMED and _named_before(sentence, start) and not _SUBJECT.match(sentence):
            continue
        other = _OTHER_SENSE.get(term)
        if other and other.search(low, max(0, start - 30), end):
            continue  # "post-pyloric intubation" is a feeding tube, not a breathing tube: no gloss beats a wrong one
        hits.append((start, sentence[start:end], GLOSSES[term], term))
    backwards = sentence[::-1]
    for m in _MEDICINE_BACKWARDS.finditer(" " + backwards):
        start, word = len(sentence) - (m.end(1) - 1), m.group(1)[::-1]
        key = word.lower()
        if word[0].isupper() and not opens_sentence(sentence, start):
            continue
        if key not in GLOSSES and key not in NOT_MEDICINES:  # a gloss says more than "a medicine"
            hits.append((start, word, _A_MEDICINE, key))
    # A word the source explains in a bracket of its own, or one inside a bracket, is left alone.
    return [(word, meaning, key) for start, word, meaning, key in sorted(hits)
            if sentence[start + len(word):start + len(word) + 2] != " ("
            and sentence.count("(", 0, start) <= sentence.count(")", 0, start)]


def unexplained(text: str, source: str) -> set[str]:
    """Abbreviations in the text that a reader cannot know: not everyday, and not one this module explains."""
    out: set[str] = set()
    if text[1:] == text[1:].lower():
        return out  # each abbreviation has a capital after its first letter: most texts have none after theirs
    for m in _CAPITALS.finditer(" " + text):
        word = m.group(1)
        key = word[:-1] if word.endswith("s") and (word[:-1] in ABBREVIATIONS or word[:-1] in SENSES) else word
        if key in EVERYDAY or meaning_of(key, source):
            continue
        out.add(word)
    return out
