"""Words near a glossary term read from a shorter stretch first (speed11): the same words as the whole stretch."""

from __future__ import annotations


def test_words_near_a_term_are_those_of_the_whole_stretch() -> None:
    from broker.plain import glossary
    near = glossary.NEAR * 12
    texts = [" ".join(["a"] * 400), " ".join(["word"] * 90), "x" * 500 + " y z " + "w" * 300,
             " ".join(f"w{i}" for i in range(200)), "-' '-x " * 80, ("na\u00efve caf\u00e9 end-of-life 'q' " * 30),
             ("supercalifragilistic " * 40), "ab" + " -'" * 150 + "cd"]
    for low in texts:
        for at in range(0, len(low) + 1, 7):
            assert glossary._before(low, at) == glossary._tokens(low[max(0, at - near):at])[-glossary.NEAR:]
            assert glossary._after(low, at) == glossary._tokens(low[at:at + near])[:glossary.NEAR]
