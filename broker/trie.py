"""One regular-expression alternation shaped as a trie, for matching any of many words quickly.

Python's regular expressions try "a|b|c" one alternative after another at
every place in a text; shaped as a trie ("ca(?:re(?:r|s)?|t)"), a place that
cannot begin any word is passed after one character. Shared by the keyword
rules and the glossary, which each look for many words in every text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def trie_pattern(words: Iterable[str]) -> str:
    """One regex alternation shaped as a trie: many times faster than "a|b|c" over long lists.

    Words listed with and without a capital ("adverse events", "Adverse events") share their branches behind
    "[Aa]": the same matches, from a pattern half the size, which Python compiles in half the time.
    """
    root: dict[str, dict] = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def walk(node: dict[str, dict]) -> str:
        alts = []
        for ch, child in sorted(node.items()):
            if not ch:
                continue
            if not (ch.isascii() and ch.isalpha()):
                alts.append(re.escape(ch) + walk(child))
            elif node.get(ch.swapcase()) != child:
                alts.append(ch + walk(child))
            elif ch.isupper():  # its lower case, sorted after it, ends the same ways: one branch for both
                alts.append(f"[{ch}{ch.lower()}]" + walk(child))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return walk(root)
