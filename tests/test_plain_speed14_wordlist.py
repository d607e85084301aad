"""WordList, read in lower case, finds the swaps the pattern of their cased forms found, and swaps them alike."""

from __future__ import annotations

import random
import re

import pytest

from broker.plain.clearer_ways import WordList
from broker.plain.words import FINAL_SWAPS, SWAPS, trie_pattern


def _old(forms: frozenset[str]) -> re.Pattern[str]:
    """The pattern as it was: each form spelled as listed, with the character before it, in " " + the text."""
    return re.compile(r"[^\w-](" + trie_pattern(forms) + r")(?![\w-])")


_LISTS = [
    WordList(SWAPS, ("RCT", "RCTs")),
    WordList(FINAL_SWAPS),
    WordList(["side effects", "side", "effects", "e.g. x", "ab-cd", "x_y", "naïve", "ß-agonist", "β-agonist",
              "σας", "ΑΣ", "a b c", "a b", "b c"]),
]
_EXTRA = [
    "", " ", "-", "_", "'", ",", ".", "(", ")", "2", "x", "ß", "SS", "β", "Β", "\u0130", "i\u0307", "Σ", "σ", "ς",
    "é", "É", "naïve", "NAÏVE", "ΑΣ'Α", "ΑΣ", "'Α", "–", "≥", "\u00a0", "_side", "side_", "side-", "-side", "non-",
    "anti", "'s",
]


def _texts(words: list[str], seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    cases = (str, str, str.upper, str.title, str.capitalize, str.swapcase, lambda w: w[:1].upper() + w[1:])
    out = []
    for _ in range(n):
        pieces = [rng.choice(cases)(rng.choice(words if rng.random() < 0.7 else _EXTRA))
                  for _ in range(rng.randint(0, 9))]
        out.append("".join(p + rng.choice(("", " ", " ", " ", ", ", "-", "'", ". ", "_", "\u00e9")) for p in pieces))
    return out


@pytest.mark.parametrize("n", range(len(_LISTS)))
def test_spans_are_the_cased_patterns(n: int) -> None:
    words = _LISTS[n]
    old = _old(words.forms)
    vocabulary = sorted(words.forms)
    for text in [*_texts(vocabulary, n, 4000), " ".join(vocabulary[::3]), "-".join(vocabulary[::7])]:
        assert words.spans(text) == [(m.start(1) - 1, m.end(1) - 1) for m in old.finditer(" " + text)], text


def test_swapped_is_the_old_sub() -> None:
    words = _LISTS[2]
    old = _old(words.forms)
    for text in _texts(sorted(words.forms), 7, 3000):
        said = old.sub(lambda m: m.group(0)[0] + f"<{m.start(1) - 1}:{m.group(1).upper()}>", " " + text)[1:]
        assert words.swapped(text, lambda start, end, text=text: f"<{start}:{text[start:end].upper()}>") == said


def test_lower_case_keeps_a_character_in_a_word_or_out() -> None:
    word = re.compile(r"[\w-]")
    for code in range(0x110000):
        char = chr(code)
        low = char.lower()
        if len(low) == 1:
            assert bool(word.match(char)) == bool(word.match(low)), hex(code)
            alike = ("x" + char + "x").lower()[1] == low and ("x" + char).lower()[1] == low
            assert alike or char == "\u03a3", hex(code)


def test_every_form_opens_a_word() -> None:
    with pytest.raises(ValueError):
        WordList(["'s disease"])
