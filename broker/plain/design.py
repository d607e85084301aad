"""A study's own sentence on what it set out to do: how well each sentence says it, and how it is told.

"What was studied" uses the source's own words where it can ("We randomly allocated 412 pairs
of patients and carers …", "The aim of this study is to …"). Each early sentence is weighed
by its heading, its place and its words; one that states a result, leans on another, gives
statistics or tells work done before ("Previous studies have shown …") falls short.
"""

from __future__ import annotations

import re

from broker.plain.ascii_twin import AsciiTwin
from broker.plain.compared import says_result, says_result_in
from broker.plain.reading import Sentence, plain_words
from broker.plain.starts import by_letters
from broker.plain.text import mentions, word_tokens
from broker.plain.words import GROUPS

LEAST_DESIGN = 1.5  # the score a sentence needs to say what a study set out to do

# A sentence that says what a study set out to do, or what it compared, gave or followed.
_DESIGN = by_letters(
    r"\b(?:studies|trials|rcts|study|trial|we|they|this review|the review|the authors|"
    r"researchers)\b[^.;]{0,120}?\b(?:compared|comparing|evaluated|evaluating|assessed|assessing|examined|"
    r"examining|investigated|investigating|tested|testing|looked at|studied|focused on|addressed|addressing|"
    r"randomly (?:allocated|assigned)|followed|interviewed|surveyed|analysed|analyzed|used|linked|audited|held|"
    r"measured|asked|designed to)\b|"
    r"\b(?:were|was) randomly (?:allocated|assigned)|\bwe randomi[sz]ed\b|(?:aim|objective|purpose)s? (?:was|were|is|"
    r"of this)|set out to|(?:is|was) (?:looking for|a trial of|a study of|an evaluation of)")
# The same, said at the start ("This review looks at …", "To assess …"): apart, so _DESIGN is searched for by its words.
_DESIGN_OPENING = re.compile(
    r"^this (?:study|trial|review|report|briefing|evaluation|analysis|guidance|guideline|survey|"
    r"update) (?:looks?|looked|examine[sd]?|assesse[sd]?|evaluate[sd]?|investigate[sd]?|explore[sd]?|teste[sd]?|"
    r"compare[sd]?|uses?|used|describes?|sets out|considers?|summari[sz]es)|"
    r"^to (?:assess|evaluate|determine|examine|explore|investigate|compare|review|describe|identify|understand|"
    r"estimate|test)\b")
# "Previous studies have shown that …", "Recently, it was revealed that …": work done before, not what this study did.
_EARLIER_WORK = re.compile(r"^(?:previous(?:ly)?|recent(?:ly)?|earlier|prior|to date)\b|^it (?:has been|was|is) "
                           r"(?:recently |previously )?(?:shown|reported|demonstrated|revealed|found|suggested)\b|"
                           r"^(?:[\w-]+ ){0,6}(?:have|has) (?:been )?(?:previously |recently )?(?:shown|reported|"
                           r"demonstrated)\b")
# What a study set out to see, after what it did: "… to see what difference these rights have made".
_TO_SEE = re.compile(r",? (?:in order )?to (?:see|find out|learn|understand|explore|assess|examine|test|determine|"
                     r"measure|evaluate|investigate) ", re.I)
_POINTER_WORD = re.compile(r"\b(?:this|these|those|such|its|their)\b", re.I)
# Who did what, said first: "We surveyed 1,876 working carers", "The researchers interviewed 29 families".
_DID = re.compile(r"^(?:we|the authors|the researchers|researchers) (?:[a-z]+ed|ran|held|did|made|sent|asked)\b", re.I)


def _did_then_aim(text: str) -> int:
    """Where what a study set out to see starts, after a clause that says what it did ("We surveyed 1,876 carers| to
    see what difference …"); 0 where the sentence is not put that way ("The aim was to see …")."""
    if " to " not in text or not _DID.match(text):
        return 0
    aim = _TO_SEE.search(text)
    if not aim or text[:aim.start()].rsplit(" ", 1)[-1].lower() in _TAKES_TO:
        return 0  # "… and sought to understand …": what it sought is its object, not a clause apart
    return aim.start()


_TAKES_TO = frozenset(["sought", "aimed", "wanted", "tried", "attempted", "intended", "set", "went", "needed",
                       "planned", "decided", "designed", "able", "how", "whether"])
# "To study X, we studied Y": a whole sentence already, which "The aim was to study X, we …" would make two.
_THEN_WE = re.compile(r", (?:we|the authors|they|researchers) [a-z]+")
# "The aim of this study is to …" said under "BACKGROUND", as PLoS abstracts say it: the aim, whatever its heading.
_STATED_AIM = re.compile(r"\b(?:aims?|objectives?|purpose|goal) of (?:this|the present|the current|our) (?:study|work|"
                         r"research|trial)\b|\bthis study (?:aims?|aimed|was designed|sought)\b|"
                         r"\bwe (?:aimed|sought)\b")
_AIM_ONLY = re.compile(r"^To (?:assess|evaluate|determine|examine|explore|investigate|compare|review|describe|identify|"
                       r"understand|estimate|test|find out|see|measure|study)\b")
_WHO = AsciiTwin(by_letters(r"\b(?:in|among|for|of|with|aged|who)\s+(?:\w+\s+){0,3}(?:" + "|".join(GROUPS)
                            + r"|adults?|older|pregnan\w*|young|families|mothers|newborns?|babies)\b"))
# Statistics of a result; "(n = 30 children)" is only a group's size, which a design sentence may give.
# "[Pp]" written as "P" and "p" lets the pattern be led by its letters (by_letters): only whether it matches is asked.
_ESTIMATE = by_letters(r"\b(?:CI|RR|OR|HR|SMD|MD|P\s*[=<>]|p\s*[=<>]|odds ratio|risk ratio|hazard ratio|"
                       r"confidence interval)\b|"
                       r"\bP\s*[=<>]|\bp\s*[=<>]")
# What _ESTIMATE needs written: an abbreviation, a sign, or a name written out ("SMD" holds "MD").
_ESTIMATE_WORDS = ("CI", "RR", "OR", "HR", "MD", "=", "<", ">", "odds ratio", "risk ratio", "hazard ratio",
                   "confidence interval")


def _estimate(text: str) -> bool:
    """Whether _ESTIMATE finds a statistic, tried only where a thing it needs is written."""
    return mentions(text, _ESTIMATE_WORDS) and bool(_ESTIMATE.search(text))


def as_told(text: str) -> str:
    """A sentence on what a study set out to do, as a reader can take it: "To assess whether …" opened "The aim was to
    assess whether …", and "… to see what difference these rights have made", which points back, cut off."""
    if _AIM_ONLY.match(text) and not _THEN_WE.search(text):
        text = "The aim was t" + text[1:]  # "To assess whether …" is not a sentence a reader can follow
    aim = _did_then_aim(text)
    if aim and _POINTER_WORD.search(text, aim):
        text = text[:aim] + "."  # "… to see what difference these rights have made": which rights?
    return text


def design_score(s: Sentence, concluding: tuple[int, ...]) -> float:
    """How well a sentence says what a study set out to do: a score at the bar (``LEAST_DESIGN``) or over is exact;
    one under it only says so, since ``what_was_studied`` never reads past the first under the bar.

    Asked of every early sentence, and most fall short: what can only lower the score (a result said, a lean, work
    done before) is asked last, and only of a sentence the rest lifts to the bar.
    """
    low = s.low
    role = "aim" if s.role == "background" and _STATED_AIM.search(low) else s.role  # PLoS puts the aim there
    score = {"aim": 2.0, "methods": 1.0, "intro": 1.0, "background": -0.5}.get(role, 0.0) - 0.15 * s.index
    if s.role in ("results", "conclusions") or s.index in concluding:
        score -= 2.0
    if score + 3.0 < LEAST_DESIGN:
        return score  # cannot reach the bar however well it names a design: the costly patterns are spared
    plain, tokens = _alone(low, s.tokens)
    designed = _DESIGN_OPENING.match(low) or (
        (not plain or not (_DESIGN_WHO.isdisjoint(tokens) or _DESIGN_DID.isdisjoint(tokens))
         or mentions(low, _DESIGN_SAYS)) and _DESIGN.search(low))
    if not designed and score + 1.0 < LEAST_DESIGN:
        return score  # under the bar whoever it names
    whom = (not plain or not _WHO_LAST.isdisjoint(tokens) or "pregnan" in low) and _WHO.search(low)
    if score + 2.0 * bool(designed) + 1.0 * bool(whom) < LEAST_DESIGN:
        return score  # under the bar already: what would lower it is not asked
    # "We surveyed 1,876 working carers to see what difference these rights have made": what it set out to see is no
    # result, so only the words before it are weighed as one.
    aim = _did_then_aim(low)
    result = says_result(low[:aim]) if aim else says_result_in(s)
    if result or s.leans or (_estimate(s.text) and s.role != "methods") or _EARLIER_WORK.match(low):
        score -= 3.0
    return score + 2.0 * bool(designed) + 1.0 * bool(whom)  # added as before, so a score at the bar is the same float


def _alone(low: str, tokens: tuple[str, ...]) -> tuple[bool, tuple[str, ...]]:
    """(whether every word a pattern could find is one of the tokens, the tokens): the sentence's own where its words
    stand alone (``plain_words``); in ASCII text with a "-" and no "'", those it has with each "-" read as a space."""
    if plain_words(low):
        return True, tokens
    if low.isascii() and "'" not in low:
        return True, word_tokens(low.replace("-", " "))
    return False, tokens


# What _DESIGN and _WHO cannot match without, where every word they could match is a token alone (``plain_words``):
# _DESIGN's who (its last word) and what they did (its first), or else one of the words of its other choices; _WHO's
# group of people (preceded by a space, so its token starts with it), or "pregnan…".
_DESIGN_WHO = frozenset(["studies", "trials", "rcts", "study", "trial", "we", "they", "review", "authors",
                         "researchers"])
_DESIGN_DID = frozenset(["compared", "comparing", "evaluated", "evaluating", "assessed", "assessing", "examined",
                         "examining", "investigated", "investigating", "tested", "testing", "looked", "studied",
                         "focused", "addressed", "addressing", "randomly", "followed", "interviewed", "surveyed",
                         "analysed", "analyzed", "used", "linked", "audited", "held", "measured", "asked", "designed"])
_DESIGN_SAYS = ("random", "aim", "objective", "purpose", "set out to", "looking for", "a trial of", "a study of",
                "an evaluation of")
_WHO_LAST = frozenset([*GROUPS, "adult", "adults", "older", "young", "families", "mothers", "newborn", "newborns",
                       "babies"])
