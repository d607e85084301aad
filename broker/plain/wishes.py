""""More research is needed" and kin: a wish for research, not a finding.

Asked of every sentence an abstract closes with. Each kind of wish is its own pattern with
the words it cannot match without, looked for first: one pattern of all of them made the
matcher try every kind at every place in the sentence, though most kinds need a word
("rationale", "await", "ongoing") that few sentences have. Lower case, like every pattern
run on ``Sentence.low``.
"""

from __future__ import annotations

import re

from broker.plain.starts import by_letters, starting
from broker.plain.text import mentions, says_any

# Words one of which any wish has: a sentence with none is no wish.
_WISH_WORDS = ("need", "rationale", "justification", "case for", "requir", "warrant", "necessary", "should", "must",
               "would", "could", "will", "await",
               "ongoing", "recommend", "change", "alter", "overturn")
_NEEDED = ("needed", "required", "warranted", "necessary")
# (words one of which the pattern needs, the pattern), in the order they are tried.
_WISHES: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = (
    ((*_NEEDED, "should", "must", "would", "could", "will"), starting(
        r"\b(?:further|more|future|additional|new|larger|longer|better|well[- ]designed|carefully designed|"
        r"high[- ]quality|good[- ]quality|adequately powered|rigorous|robust|large|long-term|randomi[sz]ed|"
        r"prospective|controlled|prolonged|extended)\b[^.;]{0,80}\b(?:research|studies|study|trials?|rcts?|"
        r"evaluations?|investigations?|analys[ie]s|data|work|evidence)\b[^.;]{0,120}\b(?:needed|required|"
        r"warranted|necessary|should|must|would|could|will)\b")),
    (_NEEDED, starting(r"\b(?:research|studies|trials|rcts|evaluations?|analys[ie]s|investigations?)\b[^.;]{0,150}"
                       r"\b(?:is|are|remains?) (?:still |urgently |clearly |also )?(?:needed|required|warranted|"
                       r"necessary)\b")),
    (("need for",), by_letters(r"\bneed for\b[^.;]{0,80}\b(?:research|studies|trials|rcts|evidence|data|evaluation)")),
    (("trials should", "studies should", "research should", "rcts should"),
     by_letters(r"\b(?:trials|studies|research|rcts) should\b")),
    (("await",), by_letters(r"\bawait(?:ing)? the results\b")),
    (("ongoing ",), by_letters(r"\bongoing (?:trials|studies)\b")),
    (("warrant",), by_letters(r"\bwarrants? further\b")),
    (("should ",), by_letters(r"\bshould (?:also |further )?be (?:performed|conducted|undertaken|assessed|evaluated|"
                              r"investigated|studied|explored|examined|measured|reported)\b")),
    (("should be considered in",), by_letters(r"\bshould be considered in (?:future|further|new|larger)\b")),
    (("need to be", "needs to be"), by_letters(r"\bneeds? to be (?:studied|investigated|explored|evaluated|assessed|"
                                              r"tested|examined|researched|confirmed)\b")),
    (("need further", "needs further"), by_letters(r"\bneeds? further (?:consideration|study|research|investigation|"
                                                  r"evaluation|exploration)\b")),
    (("we recommend",), by_letters(r"\bwe recommend (?:that )?(?:further|more|future|larger|new|additional)\b")),
    # "… surely provide a rationale for additional future rigorous evaluations"
    (("rationale for", "justification for", "case for"),
     by_letters(r"\b(?:rationale|justification|case) for (?:[\w-]+ ){0,2}?(?:further|more|additional|future|new|"
                r"larger)\b")),
    # "To determine the overall benefit of X, the effects found … need to be added to …": a plan for research
    (("need", "should", "must"), re.compile(r"^to (?:determine|establish|assess|evaluate|confirm|find out|identify|"
                                            r"understand)\b[^.;]{0,200}\b(?:needs?|should|must) (?:to )?be\b")),
    # "There is an urgent need to conduct a high-quality, randomised controlled study to evaluate …"
    (("need to ",), by_letters(r"\bneed to (?:conduct|carry out|undertake|perform|design|run|do)\b[^.;]{0,80}"
                               r"\b(?:research|studies|study|trials?|rcts?|evaluations?)\b")),
    # "Further studies involving immunotherapy … may change conclusion": what later research may do
    (("conclusion",), by_letters(r"\b(?:may|might|could) (?:change|alter|overturn) (?:the |this |these |our )?"
                                 r"conclusions?\b")),
    # "More precise nomenclature would greatly help identify relevant work": advice to researchers, not a finding
    (("help",), by_letters(r"\bwould (?:greatly |also |much )?help (?:to )?(?:identify|find|locate) (?:relevant |more "
                           r"|further )?(?:work|studies|research|trials|evidence)\b")),
)
# "This review did not investigate the effects of screening … in people with a genetic disposition …"
# "… no data are available on use of this technique in patients at high risk of complications": people no study took in.
# Beside the wishes, as the other gap a sentence may name: ``Sentence.left_out`` asks it once a sentence.
LEFT_OUT = by_letters(r"\b(?:did|does|do) not (?:investigate|study|include|assess|examine|address|look at|cover)\b|"
                      r"\bno (?:data|studies|trials|information) (?:(?:are|were|is|was) )?(?:available )?"
                      r"(?:on|about|for|in|of)\b|\bwere excluded\b")
LEFT_OUT_WORDS = ("did not", "does not", "do not", "no data", "no studies", "no trials", "no information", "excluded")
# "No adequately controlled trials could be found to support …": a finding about the evidence, not a wish.
_FOUND_NONE = re.compile(r"^no\b[^.;]{0,80}\b(?:could|can) (?:not )?be (?:found|identified|located)\b")


def plain_words(low: str) -> bool:
    """Whether every run of letters in the text is a token alone (``word_tokens``): ASCII, with no "'" or "-" to join
    runs. There a word a pattern finds between "\b"s, or after a space, is one of the tokens: a sentence none of whose
    tokens is one the pattern needs can be passed over."""
    return low.isascii() and "-" not in low and "'" not in low


# A token one of which each of _WISHES needs, where its words are tokens alone (``plain_words``): the words each ends
# with ("… needed", "… will"), or its own word led by "\b" ("need for", "ongoing trials", "may change the conclusion").
_WISH_TOKENS = frozenset(["needed", "required", "warranted", "necessary", "should", "must", "would", "could", "will",
                          "need", "needs", "await", "awaiting", "ongoing", "warrant", "warrants", "recommend",
                          "rationale", "justification", "case", "change", "alter", "overturn"])


def is_wish(low: str, tokens: tuple[str, ...] | None = None) -> bool:
    """Whether a sentence, in lower case, wishes for research rather than saying what was found. Given its tokens
    (``word_tokens``), a sentence with none of _WISH_TOKENS is none, where they stand alone."""
    if tokens is not None and plain_words(low):
        if _WISH_TOKENS.isdisjoint(tokens):
            return False
    elif not mentions(low, _WISH_WORDS):
        return False
    return says_any(_WISHES, low) and not _FOUND_NONE.search(low)
