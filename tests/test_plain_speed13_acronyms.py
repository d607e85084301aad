"""Spelling out acronyms (speed13): a sentence with none of the table's passed at once, capitals looked for first."""

from __future__ import annotations

import random
import re
from collections.abc import Mapping

from broker.plain.acronyms import expand_acronyms


def _expanded_as_before(sentence: str, table: Mapping[str, str]) -> str:
    """``expand_acronyms`` as it was: every sentence read through the pattern, "\\b" asked at every place."""
    if not table:
        return sentence

    def swap(m: re.Match[str]) -> str:
        tok = m.group(0)
        if tok in table:
            return table[tok]
        if tok.endswith("s") and tok[:-1] in table:
            return table[tok[:-1]] + "s"
        return tok

    out = re.sub(r"\b[A-Z][A-Za-z]*[A-Z]s?\b", swap, sentence)
    for short in (k for k in table if k[1:].islower() and k in out):
        out = re.sub(rf"\b{short}\b", table[short], out)
    return out


_TABLES: list[dict[str, str]] = [
    {}, {"LMWH": "low molecular weight heparin"}, {"PA": "personal assistant", "ES": "electrostimulation"},
    {"Max": "maximum recommended daily dose", "CI": "confidence interval"}, {"AbC": "a b c", "ABCs": "x"},
]
_PIECES = ["LMWH", "LMWHs", "PA", "PAs", "ES", "Max", "CI", "CIs", "AbC", "ABCs", "ABC", " ", "x", "\u00e9", "_", "2",
           "-", "'", "(", ")", ".", "The", "the", "RCT", "\u00c9S", "P\u00c1", "", "s", "Maxi", "MAX", "\u212a"]


def test_expanded_as_before() -> None:
    rng = random.Random(13)
    samples = ["", "LMWH", "xLMWH LMWH-based _LMWH 2LMWH LMWH2 \u00e9LMWH LMWH\u00e9 (LMWH) LMWHs.", "PAs and PA",
               "Max dose, Maxim, MaxMax", "CI CIs CIS"]
    for _ in range(20000):
        samples.append("".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 8))))
    for sample in samples:
        for table in _TABLES:
            assert expand_acronyms(sample, table) == _expanded_as_before(sample, table), (sample, table)
