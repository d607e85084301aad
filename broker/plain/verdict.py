"""The authors' main conclusion: which sentence of an abstract says what the work shows.

A conclusion leads "What was found" because it is what the authors say their work
shows, with the direction they give it. Here each sentence is asked whether it may
lead (a claim of the authors', standing on its own, not a comment on methods) and how
much it reads as the main conclusion rather than a side remark: a harm, a subgroup, a
"promising but needs trials" aside, a line of background about other evidence, advice to
clinicians, a result at one time point, or the authors' speculation ("might suggest a
role"), which must never stand where their verdict ("We found no evidence that …") does.
"""

from __future__ import annotations

import re
from dataclasses import replace

from broker.plain.further import SO_OPENERS
from broker.plain.kinds import (
    ADVICE,
    ADVICE_WORDS,
    ALSO,
    BACKGROUND_WORDS,
    CLAIM_BUT_WISH,
    CLAIM_FIRST,
    COUNTED_PEOPLE,
    DEPENDS,
    EVIDENCE_ONLY,
    FOR_OTHER,
    FOR_SOME,
    GENERAL,
    HARM_CLAIM,
    HARMS_FIRST,
    HOW_TO_RESEARCH,
    MODIFIED,
    MODIFIED_WORDS,
    NO_DATA,
    NO_VERDICT,
    NO_VERDICT_WORDS,
    OBSERVED,
    OBSERVED_WORDS,
    ONE_STUDY_BASIS,
    ONE_TIME,
    OPENING_SO,
    OTHER,
    RANKS,
    SIDE,
    SIDE_ANALYSIS,
    SIDE_WORDS,
    SOME_STUDIES,
    SPECULATION,
    TENTATIVE,
    TENTATIVE_WORDS,
    VERDICT,
    WORD,
    is_background,
    is_meta,
)
from broker.plain.pointing import capital, points_at, studied_named, word_stems
from broker.plain.qualifiers import with_qualifier
from broker.plain.reading import (
    Abstract,
    Sentence,
    frequent_words,
    plain_words,
)
from broker.plain.starts import by_letters
from broker.plain.text import mentions, says


def is_research_wish(s: Sentence) -> bool:
    """"More research is needed" and kin: a wish, not a finding."""
    return s.wish


_THE_OTHER_DOSE = by_letters(r"\bthe (?:higher|lower|larger|smaller|highest|lowest) (?:doses?|dosages?|"
                             r"concentrations?|strengths?)\b")
_DOSE_WORDS = ("dos", "concentration", "strength")  # one of which _THE_OTHER_DOSE ends with
_A_DOSE = re.compile(r"\d(?:\.\d+)? ?(?:mg|g|µg|mcg|ml|iu|units?|mmol)\b")


def can_lead(s: Sentence) -> bool:
    """A sentence that may open "What was found": a claim of the authors', standing on its own."""
    if s.stats or s.leans or not s.claims:
        return False  # the cheap tests first: most sentences of a results section fail them
    if points_at(s.low):
        return False  # "If anti-histamines were to be trialled in these children, …": which children?
    if "the " in s.low and mentions(s.low, _DOSE_WORDS) and _THE_OTHER_DOSE.search(s.low) and not _A_DOSE.search(
            s.low):
        return False  # "… fewer participants required rescue medication … with the higher dose": higher than which?
    if HOW_TO_RESEARCH.match(s.low):
        return False
    if "other " in s.low and (OTHER.search(s.low) or FOR_OTHER.match(s.low)):
        return False  # "… to support the use of other harm reduction aids": other than the one said before it
    # The rating goes, even where what is left could not stand alone ("… evidence that both X and Y reduce …").
    main_clause = s.main_clause
    # "This review suggests … benefits and points to the need for better studies" is a claim, wish and all.
    wish = is_research_wish(s) and not CLAIM_FIRST.match(s.low) and not VERDICT.match(s.low)
    return (not wish and (not is_meta(main_clause) or bool(NO_VERDICT.search(main_clause)))
            # "X may reduce A, but the results are inconclusive for all other outcomes": a claim, with its limit
            and not says(SIDE, s.low.split(", but ", 1)[0], *SIDE_WORDS) and not says(ALSO, s.low, "also")
            and not (mentions(s.low, BACKGROUND_WORDS) and is_background(s.low)))


# One of which HARMS_FIRST ends with: most sentences name no harm, and are spared it.
_HARM_WORDS = ("adverse", "side effect", "side-effect", "complication", "harm", "toxicity", "morbidity", "tolerab",
               "withdrawal", "injur")


def _harms_first(low: str) -> bool:
    """``HARMS_FIRST.match(low)``, tried only where the words it ends with are."""
    return mentions(low, _HARM_WORDS) and HARMS_FIRST.match(low) is not None


# What GENERAL cannot match without: "any", "all", "overall", "in general" or "most" before a word of what is general,
# or a group of people after "in", "among" or "for", a space either side. Nine sentences in ten have neither.
_GENERAL_OPENERS = ("any ", "all ", "overall ", "in general ", "most ")
_GENERAL_WHAT = ("therap", "treatment", "intervention", "outcome", "comparisons", "patients", "people", "participants")
_GENERAL_GROUPS = (" people ", " patients ", " adults ", " children ", " women ", " men ", " infants ", " babies ",
                   " carers ")


# The same words as tokens, where they stand alone (``plain_words``): the opener's last word, what is general, and the
# group of people (the word "older people" ends with).
_GENERAL_OPENER_TOKENS = frozenset(["any", "all", "overall", "general", "most"])
_GENERAL_WHAT_TOKENS = frozenset(["therapy", "therapies", "treatment", "treatments", "intervention", "interventions",
                                  "outcome", "outcomes", "comparisons", "patients", "people", "participants"])
_GENERAL_GROUP_TOKENS = frozenset(["people", "patients", "adults", "children", "women", "men", "infants", "babies",
                                   "carers"])


def _general(low: str) -> bool:
    """``GENERAL.search(low)``, tried only where the words it needs are."""
    return ((mentions(low, _GENERAL_OPENERS) and mentions(low, _GENERAL_WHAT)) or mentions(low, _GENERAL_GROUPS)) \
        and bool(GENERAL.search(low))


def _general_in(s: Sentence) -> bool:
    """``_general(s.low)``, the words it needs asked of the sentence's tokens where they stand alone."""
    low, tokens = s.low, s.tokens
    if not plain_words(low):
        return _general(low)
    return ((not _GENERAL_OPENER_TOKENS.isdisjoint(tokens) and not _GENERAL_WHAT_TOKENS.isdisjoint(tokens))
            or not _GENERAL_GROUP_TOKENS.isdisjoint(tokens)) and bool(GENERAL.search(low))


# "We are calling on councils to …", "The report recommends …": what the authors want done.
_CALL = re.compile(r"^(?:we|the report|this report) (?:are |is |would )?(?:call(?:s|ing)? (?:on|for)|urg(?:e|es|ing)|"
                   r"recommend(?:s|ing)?|propos(?:e|es|ing)|welcome(?:s)?|ask(?:s|ing)?|want)\b")


def is_call(low: str) -> bool:
    """Whether a sentence (in lower case) is the authors' call for action: "we are calling on councils to …"."""
    return low.startswith(("we ", "the report ", "this report ")) and _CALL.match(low) is not None


_RECOMMENDED = by_letters(r"\b(?:cannot|can not|could not|should not|is not|are not) (?:yet |currently )?be "
                          r"recommended\b")


def _main_score(s: Sentence, start: int, topic: frozenset[str], first_result: frozenset[str] = frozenset()) -> float:
    """How much a sentence reads as the authors' main conclusion; the first claims after ``start`` are favoured.

    ``first_result`` holds the stems of the first result with statistics, which is
    usually the main outcome: a conclusion that sums it up again is likely the main one.
    """
    low = s.low
    score = 1.0 * s.sums_up + 0.7 * s.opens_conclusion
    score += 0.7 * s.evaluative + 0.5 * bool(s.grades) + s.tense
    score += 0.6 * min(3, len(topic.intersection(s.tokens))) + 1.2 * _general_in(s)  # distinct words
    if first_result:  # (no result to echo: its stems are not needed)
        score += 0.4 * min(4, len(first_result & word_stems(s.text)))
    score -= 1.5 * _harms_first(low) + 1.0 * bool(SOME_STUDIES.match(low))
    score -= 1.2 * says(TENTATIVE, low, *TENTATIVE_WORDS)
    if "subgroup" in low or "sensitivity" in low:
        score -= 2.0 * bool(SIDE_ANALYSIS.search(low))  # a subgroup never stands for the main conclusion
    score -= 1.0 * says(MODIFIED, low, *MODIFIED_WORDS)  # "greater for patients who …": a side result
    score -= 0.5 * says(NO_VERDICT, low, *NO_VERDICT_WORDS)  # "we cannot comment on X" gives way to a claim
    # "No clear evidence that any class is better than any other" compares treatments: it is no verdict on them.
    ranks = says(RANKS, low, " than ", "another", "relative")
    score += 1.0 * (says(VERDICT, low, "evidence", "conclude") and not ranks) - 0.7 * ranks
    score -= 0.8 * says(SPECULATION, low, "might", "could", "would")
    # "… will depend mainly on the epidemiological context": a condition on the answer, not the answer.
    score -= 0.8 * says(DEPENDS, low, "depend")
    # "… highlights the lack of quality-of-life data", "no evidence … on the optimal doses"
    score -= 1.0 * says(NO_DATA, low, "data", "information", "optimal", "best", "ideal", "most effective",
                        "outcomes")
    score -= 0.8 * bool(EVIDENCE_ONLY.match(low))
    score -= 1.0 * says(HARM_CLAIM, low, "cause")  # "X is more likely to cause akathisia": a harm, beside the answer
    score -= 0.7 * says(ONE_TIME, low, "term", " at ", "up to", "after") + 1.0 * says(ADVICE, low, *ADVICE_WORDS)
    score -= 0.5 * bool(FOR_SOME.match(low))
    # "We are calling on councils to …", "We recommend a national fund": what the authors want done, not what they
    # found; a charity's or think tank's report closes on it, after its findings.
    score -= 2.0 * is_call(low)
    # "A single dose immediately following surgery is ineffective based on one study": one study's side answer.
    score -= 1.5 * says(ONE_STUDY_BASIS, low, "one", "single")
    # "… shows that the benefits outweigh the potential risks when vaccinating adults with cancer": the verdict itself,
    # over a line on what observational data suggest.
    score += 1.5 * says(_WEIGHED, low, "weigh")
    # "… routine or sustained use of systemic loop diuretics in infants with CLD cannot be recommended based on current
    # evidence": the authors' bottom line on what the review is about (not on another class of drug it mentions).
    advised = _RECOMMENDED.search(low) if "recommended" in low else None
    score += 2.2 * bool(advised and not topic.isdisjoint(w.strip("(),") for w in low[:advised.start()].split()[-7:]))
    score -= 1.0 * low.startswith("if ")  # "If all the studies … are pooled, …": a result under a condition
    # "… the benefits overweigh the potential risks when vaccinating adults with cancer": benefit weighed against harm
    score += 1.0 * weighs(low)
    # "A minimal increase in conductive heat loss was noted when compared to …": what was observed is one more result.
    score -= 1.0 * says(OBSERVED, low, *OBSERVED_WORDS)
    # "This meta-analysis involving 386 participants from two studies demonstrated …": a count of people is a result's.
    score -= 1.0 * (s.digits and bool(COUNTED_PEOPLE.search(low)))
    # "Evidence of very low to moderate quality indicates …": a rating that spans results sums them up.
    score += 0.5 * any(g.low != g.high for g in s.grades)
    place = s.index - start
    if place == 0 and s.role == "conclusions":
        score += 1.5  # the first sentence under "Conclusions" is the authors' main one
    return score + (1.0 - 0.3 * place if place >= 0 else 0.8 * place)


# Said in the sentence's own main clause, not inside a quote or an aside ("… such as "none were observed"").
def weighs(low: str) -> bool:
    """Whether lower-case text weighs benefit against harm ("the benefits outweigh the potential risks")."""
    return "weigh" in low and bool(_WEIGHED.search(low))


_WEIGHED = by_letters(r"\bbenefits? (?:clearly |probably |may )?(?:outweighs?|overweighs?|outweighed) (?:the |any )?"
                      r"(?:potential )?(?:risks?|harms?)\b")


def conclusions(abstract: Abstract, most: int = 3) -> list[list[Sentence]]:
    """The likeliest main conclusions, best first, each with the sentence after it when that one qualifies it.

    Looked for from the start of the conclusions back to the middle of the abstract, since
    a conclusion in the past tense can read like one more result. More than one is given
    so that a conclusion that cannot be made plain safely can give way to the next.
    """
    if not abstract.conclusions:
        return []
    start = _summing_up(abstract, abstract.conclusions[0])
    topic = frequent_words(abstract)
    first = min(start, max(1, len(abstract.sentences) // 2))
    result = next((s for s in abstract.sentences if (s.stats or s.grades) and s.index < start and s.words >= 8
                   and not is_meta(s.low) and not s.low.startswith(("we included", "we identified"))), None)
    echo = frozenset(word_stems(result.text)) if result is not None else frozenset()
    candidates = [_unhinged(abstract, s) for s in abstract.sentences[first:]]
    # "Two studies reported no adverse effects or events", said among the results: a harm result, never the verdict.
    scored = [(_main_score(s, start, topic, echo), -s.index, s) for s in candidates
              if can_lead(s) and not (s.index < start and _harms_first(s.low))]
    if not scored:
        # No claim about the treatment itself: the authors' closing word on the evidence will do,
        # as long as it names what the review is about ("Certainty about the effects of X is very low").
        scored = [(_main_score(s, start, topic), -s.index, s) for s in abstract.sentences[start:]
                  if s.claims and not (s.leans or s.stats or s.wish or says(SIDE, s.low, *SIDE_WORDS))
                  and topic & {w.lower() for w in WORD.findall(s.text)}]
    if not scored:
        # Only wishes: "The results of these few trials of X are promising, but further trials are required"
        # is still the authors' verdict, told whole with its call for more trials.
        scored = [(_main_score(s, start, topic), -s.index, s) for s in abstract.sentences[start:]
                  if s.wish and CLAIM_BUT_WISH.match(s.low)
                  and not (s.leans or s.stats or says(SIDE, s.low, *SIDE_WORDS))]
    scored.sort(key=lambda t: (t[0], t[1]), reverse=True)
    return [with_qualifier(abstract, s) for _, _, s in scored[:most]]


_OPENING_BUT = re.compile(r"^(?:However|But|Yet|Nevertheless|Nonetheless),?\s+")
# The words _OPENING_BUT opens with (case heeded; SO_OPENERS for OPENING_SO): other sentences are spared them.
_BUT_OPENERS = ("However", "But", "Yet", "Nevertheless", "Nonetheless")


_LIMITATION = by_letters(r"\blimitations?\b|\bweakness(?:es)?\b")
_HEDGED = by_letters(r"\b(?:appears?|seems?|may|might|suggests?) (?:to )?(?:be|have|offer|improve|reduce|help)\b")


_THEIR_RESULTS = re.compile(r"^Their (?:results|findings) (?:are|were|remain) (?:\w+ )?(?:inconclusive|conflicting|"
                            r"inconsistent|mixed|contradictory|unclear)\b")
_NAMED_STUDIES = by_letters(r"\b(trials|studies)\b")


def _unhinged(abstract: Abstract, s: Sentence) -> Sentence:
    """"However, currently there is insufficient evidence to support X …" without its "However", when it is the
    authors' verdict and the sentence it turns from is no claim that could lead (so it qualifies nothing told).
    "These programmes can help …" opening the conclusions is told as "The programmes studied can help …".
    """
    if s.index in abstract.conclusions and s.text.startswith("These "):
        studied = studied_named(s.text)
        if studied != s.text:
            return replace(s, text=studied)
    their = _THEIR_RESULTS.match(s.text) if s.index and s.text.startswith("Their ") else None
    if their:
        # "Existing data is derived from small trials at high risk of bias …. Their results are inconclusive.": the
        # authors' verdict on the trials just named, said so.
        named = _NAMED_STUDIES.search(abstract.sentences[s.index - 1].low)
        return replace(s, text=f"The {named.group(1)}' {s.text[6:]}") if named else s
    so = OPENING_SO.match(s.text) if s.index and s.role in ("conclusions", "text") and s.text.startswith(
        SO_OPENERS) else None
    if so:
        # "Hence, available evidence is insufficient to support or refute X": the verdict stands on its own
        alone = replace(s, text=capital(s.text[so.end():]))
        if can_lead(alone):
            return alone
    m = _OPENING_BUT.match(s.text) if s.index and s.role in ("conclusions", "text") and s.text.startswith(
        _BUT_OPENERS) else None
    if not m:
        return s
    before, rest_low = abstract.sentences[s.index - 1], s.low[m.end():]
    # "One limitation across all studies was …. However, 'vocational educational' type interventions … appear to be
    # the most promising": turning from a limitation, not from a claim, the hedged claim stands on its own.
    if can_lead(before) or not (VERDICT.match(rest_low) or (not before.stats and _LIMITATION.search(before.low)
                                                               and _HEDGED.search(rest_low))):
        return s
    return replace(s, text=capital(s.text[m.end():]))


def _summing_up(abstract: Abstract, start: int) -> int:
    """Where the authors' verdict starts: the conclusions' first sentence, or an "Overall, …" just before them.

    When the first sentence of the conclusions cannot lead ("Overall, X improved outcomes, and at these doses
    appears safe" points at doses never named), the authors' own summing-up a few sentences earlier ("Overall,
    giving X to 1000 women led to 20 fewer pregnancies with serious problems") is where their verdict starts; a
    figure in it does not make it one more result.
    """
    first = abstract.sentences[start]
    pointed = points_at(first.low)
    if not (first.leans or pointed) or can_lead(first):
        return start  # a first sentence that is no claim (a remark on the evidence) still opens the conclusions
    for k in range(start - 1, max(0, start - _LOOK_BACK) - 1, -1):
        s = abstract.sentences[k]
        if s.stats:
            break
        if s.low.startswith(_SUMS_UP) and can_lead(s):
            return k
    return start


_LOOK_BACK = 6  # how far before the conclusions an "Overall, …" may open them
_SUMS_UP = ("overall,", "in conclusion,", "in summary,", "taken together,", "together,")


def conclusion(abstract: Abstract) -> list[Sentence]:
    """The authors' main conclusion, and the sentence after it when that one qualifies it ("However, …")."""
    best = conclusions(abstract, 1)
    return best[0] if best else []


