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
from functools import lru_cache

from broker.plain.kinds import (
    ADVICE,
    ADVICE_WORDS,
    ALSO,
    BACKGROUND,
    BACKGROUND_WORDS,
    CLAIM,
    CLAIM_BUT_WISH,
    CLAIM_FIRST,
    COUNTED_PEOPLE,
    DEPENDS,
    EVIDENCE_ONLY,
    FOR_OTHER,
    FOR_SOME,
    GENERAL,
    HARM_CLAIM,
    HARM_REASON,
    HARMS_FIRST,
    HOW_TO_RESEARCH,
    LEADING_CLAUSE,
    MODIFIED,
    MODIFIED_WORDS,
    NO_DATA,
    NO_VERDICT,
    NO_VERDICT_WORDS,
    NOT_ENOUGH,
    ONE_TIME,
    OTHER,
    POINTED_AT,
    POINTER,
    POINTS_ON,
    RANKS,
    RATED_OPENER,
    SIDE,
    SIDE_ANALYSIS,
    SIDE_WORDS,
    SOME_STUDIES,
    SPECULATION,
    TENTATIVE,
    TENTATIVE_WORDS,
    VERDICT,
    VERY_LOW_CLAIM,
    WORD,
    content,
    is_meta,
)
from broker.plain.qualifiers import ONE_STUDY, with_qualifier
from broker.plain.rated import rated_opener_removed
from broker.plain.reading import (
    LEANING,
    Abstract,
    Sentence,
    frequent_words,
)
from broker.plain.starts import starting
from broker.plain.text import says


def is_research_wish(s: Sentence) -> bool:
    """"More research is needed" and kin: a wish, not a finding."""
    return s.wish


# "Overall, antiplatelet agents improved outcomes, and at these doses appear to be safe": the doses the trials used.
# "There is low quality evidence that such interventions may improve …": the interventions the review studied.
_NAMED_AS_STUDIED = (("at these doses", "at the doses used"), ("such interventions", "the interventions studied"),
                     ("these interventions", "the interventions studied"))


def doses_named(text: str) -> str:
    """"at these doses", "such interventions" said as the doses and interventions the trials used and studied, so they
    point at nothing unsaid (in the middle of a sentence only: "These interventions …" at its start leans)."""
    for pointing, named in _NAMED_AS_STUDIED:
        at = text.find(pointing)
        # "Internet-based interventions … but no evidence that these interventions …": named in the sentence itself
        if at >= 0 and text.rfind(pointing.rsplit(" ", 1)[-1], 0, at) < 0:
            text = text.replace(pointing, named)
    return text

_IN_THIS_REGARD = re.compile(r"\b(?:in|on|for) this (?:regard|respect|area|field|matter|context)\b|"
                             # "… studies looking at the question raised in this review": a question never told
                             r"\bthe (?:question|questions|issue|problem) (?:raised|posed|asked|addressed) (?:in|by) "
                             r"this review\b")


def _points_at(low: str) -> bool:
    """"these children", "at these doses", "such interventions", "in this regard": people or things the reader was
    never told of."""
    low = doses_named(low)  # the trials' doses: said so when told (found._unframed)
    return (("these " in low or "those " in low or "such " in low) and bool(POINTED_AT.search(low))) or (
        " this " in low and bool(_IN_THIS_REGARD.search(low)))


_THE_OTHER_DOSE = starting(r"\bthe (?:higher|lower|larger|smaller|highest|lowest) (?:doses?|dosages?|"
                           r"concentrations?|strengths?)\b")
_A_DOSE = re.compile(r"\d(?:\.\d+)? ?(?:mg|g|µg|mcg|ml|iu|units?|mmol)\b")


def can_lead(s: Sentence) -> bool:
    """A sentence that may open "What was found": a claim of the authors', standing on its own."""
    if s.stats or s.leans or not CLAIM.search(s.low):
        return False  # the cheap tests first: most sentences of a results section fail them
    if _points_at(s.low):
        return False  # "If anti-histamines were to be trialled in these children, …": which children?
    if "the " in s.low and _THE_OTHER_DOSE.search(s.low) and not _A_DOSE.search(s.low):
        return False  # "… fewer participants required rescue medication … with the higher dose": higher than which?
    if HOW_TO_RESEARCH.match(s.low):
        return False
    if "other " in s.low and (OTHER.search(s.low) or FOR_OTHER.match(s.low)):
        return False  # "… to support the use of other harm reduction aids": other than the one said before it
    text = s.text
    # The rating goes, even where what is left could not stand alone ("… evidence that both X and Y reduce …").
    main_clause = LEADING_CLAUSE.sub("", RATED_OPENER.sub("", text, count=1), count=1).lower()
    # "This review suggests … benefits and points to the need for better studies" is a claim, wish and all.
    wish = is_research_wish(s) and not CLAIM_FIRST.match(s.low) and not VERDICT.match(s.low)
    return (not wish and (not is_meta(main_clause) or bool(NO_VERDICT.search(main_clause)))
            # "X may reduce A, but the results are inconclusive for all other outcomes": a claim, with its limit
            and not says(SIDE, s.low.split(", but ", 1)[0], *SIDE_WORDS) and not says(ALSO, s.low, "also")
            and not says(BACKGROUND, s.low, *BACKGROUND_WORDS))


_RECOMMENDED = re.compile(r"\b(?:cannot|can not|could not|should not|is not|are not) (?:yet |currently )?be "
                          r"recommended\b")
# "In addition, there is a low level of certainty that …", "There was also a smaller chance of …": one more claim,
# which may follow the one it adds to.
ADDING = re.compile(r"^(?:In addition|Additionally|Also|Moreover|Furthermore),? (?!th(?:is|ese|ey|ose)\b)|"
                     r"^There (?:is|was|are|were) also ")
_WEIGHED = re.compile(r"\bbenefits? (?:\w+ )?(?:outweighs?|overweighs?) (?:the |any )?(?:potential |possible )?"
                      r"(?:risks?|harms?)\b")


def _main_score(s: Sentence, start: int, topic: frozenset[str], first_result: frozenset[str] = frozenset()) -> float:
    """How much a sentence reads as the authors' main conclusion; the first claims after ``start`` are favoured.

    ``first_result`` holds the stems of the first result with statistics, which is
    usually the main outcome: a conclusion that sums it up again is likely the main one.
    """
    words = set(s.tokens)
    low = s.low
    score = 1.0 * s.sums_up + 0.7 * s.opens_conclusion
    score += 0.7 * s.evaluative + 0.5 * bool(s.grades) + s.tense
    score += 0.6 * min(3, sum(w in topic for w in words)) + 1.2 * bool(GENERAL.search(low))
    score += 0.4 * min(4, len(first_result & word_stems(s.text)))
    score -= 1.5 * bool(HARMS_FIRST.match(low)) + 1.0 * bool(SOME_STUDIES.match(low))
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
    # "A single dose immediately following surgery is ineffective based on one study": one study's side answer.
    score -= 1.5 * says(_ONE_STUDY_BASIS, low, "one", "single")
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
    score -= 1.0 * says(_OBSERVED, low, *_OBSERVED_WORDS)
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


_WEIGHED = re.compile(r"\bbenefits? (?:clearly |probably |may )?(?:outweighs?|overweighs?|outweighed) (?:the |any )?"
                      r"(?:potential )?(?:risks?|harms?)\b")
_OBSERVED_WORDS = (" noted", " observed", " seen", " recorded", " detected")
_OBSERVED = re.compile(r"^[^,;:\"\u201c(]{0,90}?\b(?:was|were) (?:noted|observed|seen|recorded|detected)\b")


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
              if can_lead(s) and not (s.index < start and HARMS_FIRST.match(s.low))]
    if not scored:
        # No claim about the treatment itself: the authors' closing word on the evidence will do,
        # as long as it names what the review is about ("Certainty about the effects of X is very low").
        scored = [(_main_score(s, start, topic), -s.index, s) for s in abstract.sentences[start:]
                  if CLAIM.search(s.low) and not (s.leans or s.stats or s.wish or says(SIDE, s.low, *SIDE_WORDS))
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
_OPENING_SO = re.compile(r"^(?:Hence|Thus|Therefore|Consequently|As a result),\s+")


_LIMITATION = re.compile(r"\blimitations?\b|\bweakness(?:es)?\b")
_HEDGED = re.compile(r"\b(?:appears?|seems?|may|might|suggests?) (?:to )?(?:be|have|offer|improve|reduce|help)\b")


_THEIR_RESULTS = re.compile(r"^Their (?:results|findings) (?:are|were|remain) (?:\w+ )?(?:inconclusive|conflicting|"
                            r"inconsistent|mixed|contradictory|unclear)\b")
_NAMED_STUDIES = re.compile(r"\b(trials|studies)\b")


def _unhinged(abstract: Abstract, s: Sentence) -> Sentence:
    """"However, currently there is insufficient evidence to support X …" without its "However", when it is the
    authors' verdict and the sentence it turns from is no claim that could lead (so it qualifies nothing told).
    """
    their = _THEIR_RESULTS.match(s.text) if s.index and s.text.startswith("Their ") else None
    if their:
        # "Existing data is derived from small trials at high risk of bias …. Their results are inconclusive.": the
        # authors' verdict on the trials just named, said so.
        named = _NAMED_STUDIES.search(abstract.sentences[s.index - 1].low)
        return replace(s, text=f"The {named.group(1)}' {s.text[6:]}") if named else s
    so = _OPENING_SO.match(s.text) if s.index and s.role in ("conclusions", "text") else None
    if so:
        # "Hence, available evidence is insufficient to support or refute X": the verdict stands on its own
        alone = replace(s, text=_capital(s.text[so.end():]))
        if can_lead(alone):
            return alone
    m = _OPENING_BUT.match(s.text) if s.index and s.role in ("conclusions", "text") else None
    if not m:
        return s
    before, rest_low = abstract.sentences[s.index - 1], s.low[m.end():]
    # "One limitation across all studies was …. However, 'vocational educational' type interventions … appear to be
    # the most promising": turning from a limitation, not from a claim, the hedged claim stands on its own.
    if can_lead(before) or not (VERDICT.match(rest_low) or (not before.stats and _LIMITATION.search(before.low)
                                                               and _HEDGED.search(rest_low))):
        return s
    return replace(s, text=_capital(s.text[m.end():]))


# "Thus, although there is a benefit …, it remains unclear whether …": a concession, then what is still not known.
_CONCEDING = re.compile(r"^(?:Although|Though|While|Whilst) ([^,;]{10,150}), (?=(?:it (?:is|remains|was) (?:still )?"
                        r"(?:unclear|uncertain|unknown|not clear|not known)|there (?:is|are|was|were) )\b)")


_THIS_EVIDENCE = re.compile(r"^This ((?:limited|weak|sparse|(?:very )?low[- ](?:quality|certainty)|moderate[- ]"
                            r"(?:quality|certainty)) )?evidence (?:suggests|shows|indicates)\b")


def _standing_alone(s: Sentence, chosen: list[Sentence]) -> Sentence:
    """"Thus, although there is a benefit …, it remains unclear whether …" as the claim it adds to the main one: a
    concession that repeats the main conclusion told before it is said once (and its "Thus" with it), so what the
    authors still do not know fits beside it; "This limited evidence suggests …" is "Limited evidence suggests …"."""
    this = _THIS_EVIDENCE.match(s.text)
    if this:  # "This limited evidence suggests that …": the evidence the review found, not one sentence of it
        return replace(s, text=_capital(this.group(1) or "the ") + s.text[this.end(1) if this.group(1) else 5:])
    so = _OPENING_SO.match(s.text) if s.index else None
    conceded = _CONCEDING.match(_capital(s.text[so.end():]) if so else s.text) if chosen else None
    if not conceded:
        return s
    said = set().union(*(word_stems(c.text) for c in chosen))
    stems = word_stems(conceded.group(1))
    if len(stems & said) * 2 < len(stems):
        return s
    return replace(s, text=_capital(s.text[(so.end() if so else 0) + conceded.end():]))


def _capital(rest: str) -> str:
    """The text with its first letter made a capital ("'vocational educational' type …" keeps its quote mark)."""
    first = next((i for i, c in enumerate(rest) if c.isalpha()), 0)
    return rest[:first] + rest[first:first + 1].upper() + rest[first + 1:]


def _summing_up(abstract: Abstract, start: int) -> int:
    """Where the authors' verdict starts: the conclusions' first sentence, or an "Overall, …" just before them.

    When the first sentence of the conclusions cannot lead ("Overall, X improved outcomes, and at these doses
    appears safe" points at doses never named), the authors' own summing-up a few sentences earlier ("Overall,
    giving X to 1000 women led to 20 fewer pregnancies with serious problems") is where their verdict starts; a
    figure in it does not make it one more result.
    """
    first = abstract.sentences[start]
    pointed = _points_at(first.low)
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


_ONE_STUDY_BASIS = re.compile(r"\b(?:based on|from|in) (?:only )?(?:one|a single) (?:small )?(?:randomi[sz]ed )?"
                              r"(?:study|trial|rct)\b")


# A claim whose subject names no treatment leans on the sentence before it for one.
_BARE_SUBJECT = re.compile(r"^(?:(?:short|long)-term |early |late |continued |daily |weekly |the )?(?:supplementation|"
                           r"treatment|therapy|intervention|administration)\b(?! (?:of|with|benefits?|effects?|"
                           r"effectiveness|efficacy|response|outcomes?)\b)")


# A short "we found no evidence for X" with no claim about X in it: the studies did not report X.
_NO_DATA_ON = re.compile(r"^we (?:found|identified) no (?:evidence|data|information) (?:for|on|about|regarding) "
                         r"(?:the )?[\w-]+(?: [\w-]+){0,4}\.?$")


def further_claims(abstract: Abstract, chosen: list[Sentence]) -> list[list[Sentence]]:
    """The authors' other concluding claims, in their order, each with its qualifier: the rest of their verdict.

    A harm or a second comparison the authors conclude on belongs beside the main
    conclusion; background, wishes, side outcomes and remarks on method do not. A claim
    that points back ("It is unclear whether it …") may come only right after the
    sentence it points at.
    """
    taken = {s.index for s in chosen}
    told = set(taken)
    out: list[list[Sentence]] = []
    # A verdict found before where the closing run was read to start ("Catgut may increase short-term pain …" with
    # "For other materials, there was insufficient evidence …" after it) has the authors' other claims after it.
    first = min((s.index + 1 for s in chosen[:1] if abstract.conclusions), default=0)
    closing = abstract.conclusions if not first or first >= abstract.conclusions[0] else (
        *range(first, abstract.conclusions[0]), *abstract.conclusions)
    for i in closing:
        s = _standing_alone(abstract.sentences[i], chosen)
        # "There is also moderate certainty in the evidence that people treated with BtA are at an increased risk of
        # …": the authors' second claim, told without its rating, so its "also" leans on nothing.
        rated = rated_opener_removed(s.text) if s.text.startswith(("There ", "We ")) else s.text
        low = rated.lower() if rated is not s.text else s.low
        if "based on" in s.low and _ONE_STUDY_BASIS.search(s.low) and not ONE_STUDY.search(
                chosen[0].low if chosen else ""):
            continue  # "A single dose … is ineffective based on one study": a side answer, where the verdict is wider
        if _NO_DATA_ON.match(s.low):
            continue  # "We found no evidence for prescription of antibiotics": no data on it, read as advice against

        if (i in taken or s.stats or (s.wish and not CLAIM_BUT_WISH.match(s.low)) or not CLAIM.search(s.low)
                or says(SIDE, s.low, *SIDE_WORDS) or (says(ALSO, low, "also") and i - 1 not in taken)
                or ("subgroup" in s.low and SIDE_ANALYSIS.search(s.low))):
            continue  # "X reduces deaths, but further data are needed on costs" is a claim, told with its wish
        body = s.low[3:] if s.low.startswith("it ") else s.low  # "It is unclear whether …": that "it" points nowhere
        leans = LEANING.match(rated) if rated is not s.text else s.leans
        if (leans or POINTER.search(body)) and not ((POINTS_ON.match(s.text) or ADDING.match(s.text))
                                                    and i - 1 in taken):
            continue
        if _points_at(s.low) and i - 1 not in told:
            continue  # "… and at these doses appear to be safe": which doses, the reader was never told
        if chosen and "very" in s.low and VERY_LOW_CLAIM.search(s.low) and NOT_ENOUGH.search(chosen[0].low):
            continue  # "… very low-certainty evidence of a difference …", after "there is insufficient evidence"
        if FOR_OTHER.match(s.low) and i - 1 not in told:
            continue  # "For other childhood cancers no RCTs were identified": other than a list the reader never saw
        if (says(ADVICE, s.low, *ADVICE_WORDS) and not HARM_REASON.match(s.low)) or HOW_TO_RESEARCH.match(s.low):
            continue  # "Identifying women most likely to respond would improve targeting": advice, not a finding
        if says(_OBSERVED, s.low, *_OBSERVED_WORDS):
            continue  # "A minimal increase in heat loss was noted …": one more result, not a claim of theirs
        if "the two" in body or "both groups" in body:
            continue  # "no difference between the two groups": which two, the reader cannot know
        if _BARE_SUBJECT.match(s.low) and i - 1 not in told:
            continue  # "Short-term supplementation until hospital discharge … reduced …": supplementation of what?
        main_clause = LEADING_CLAUSE.sub("", RATED_OPENER.sub("", s.text, count=1), count=1).lower()
        if (is_meta(main_clause) and not NO_VERDICT.search(main_clause)) or BACKGROUND.search(s.low):
            continue
        group = with_qualifier(abstract, s)
        taken.update(x.index for x in group)
        out.append(group)
    return out


@lru_cache(maxsize=4096)
def word_stems(text: str) -> frozenset[str]:
    """Content words cut to five letters, so "reduces" and "reduced" count as one (cached: asked of each sentence
    again and again while the found part is weighed; ``entry`` empties the cache for each entry, since other entries'
    sentences never come back, except in a benchmark that would be flattered by them)."""
    return frozenset(w[:5] for w in content(text))
