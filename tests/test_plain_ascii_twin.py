"""broker.plain.ascii_twin: ASCII text goes to a twin compiled with re.ASCII, which finds the same matches."""

from __future__ import annotations

import re

import pytest

from broker.plain.ascii_twin import AsciiTwin

TEXTS = ("Only one small trial (n = 40) was found; RR 0.8 (95% CI 0.6 to 1.1).",
         "Ten\x1ctrials\x1fwere found, with 1,234 PARTICIPANTS in all.",  # Unicode takes \x1c to \x1f for spaces
         "Café-based trials in Åland: 12 rcts, naïve patients; 3 studies.")


@pytest.mark.parametrize(("pattern", "flags"), [
    (r"\b(\d[\d,]*|one|ten)\s+((?:[a-z-]+,?\s+){0,3})(?:trials?|studies|rcts)\b", re.I),
    (r"\b[A-Za-z]+-?\d+[a-z]?\b|\w+\S\s", 0),
    (r"[^\s,]+ (?:in|with) \w+", re.I),
])
def test_same_matches(pattern: str, flags: int) -> None:
    plain, twin = re.compile(pattern, flags), AsciiTwin(re.compile(pattern, flags))
    for text in TEXTS:
        assert [m.span() for m in twin.finditer(text)] == [m.span() for m in plain.finditer(text)]
        assert twin.sub("#", text) == plain.sub("#", text)
        assert bool(twin.search(text)) == bool(plain.search(text))
    assert twin.ascii.flags & re.ASCII and not twin.any.flags & re.ASCII


def test_no_twin_where_a_letter_folds_to_ascii() -> None:
    with pytest.raises(ValueError, match="folds to ASCII"):
        AsciiTwin(re.compile("\u212a", re.I))  # KELVIN SIGN matches "k" when case is ignored
    with pytest.raises(ValueError, match="folds to ASCII"):
        AsciiTwin(re.compile(r"\u017f", re.I))  # LONG S, spelled as an escape
    with pytest.raises(ValueError, match="folds to ASCII"):
        AsciiTwin(re.compile(r"(?i:[\u2100-\u2200])"))  # a range that holds it, case ignored in part only
    with pytest.raises(ValueError, match="holding"):
        AsciiTwin(re.compile(r"[\S,]"))
