"""What was found: the authors' own conclusion first, then at most two key results.

The conclusion leads because it is what the authors say their work shows, with the
direction they give it; a result about a side outcome never stands in for it. A key
result is used only when it can stand alone: it names what it measured, it is about
the same thing as the conclusion, and it does not lean on a sentence we leave out.
A result that could be down to chance says so, right after it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from itertools import filterfalse

from broker.plain.certainty import THIN_EVIDENCE
from broker.plain.chance import by_chance, claims_a_difference
from broker.plain.further import ADDING, further_claims
from broker.plain.jargon import unexplained
from broker.plain.key_results import ANAPHORA, CAVEAT, key_results
from broker.plain.kinds import (
    CLAIM,
    HARM_REASON,
    POINTS_ON,
    STOP,
    THE_OTHERS,
)
from broker.plain.phrase import head
from broker.plain.pointing import STEM, doses_named, word_stems
from broker.plain.qualifiers import doubt_before
from broker.plain.rated import rated_opener_removed
from broker.plain.reading import Abstract, Sentence
from broker.plain.simplify import clean, plain_sentences
from broker.plain.starts import by_letters
from broker.plain.text import says
from broker.plain.turns import MOST_IN_TURN, TURN_ROOM, directions, in_turn, recommends, reverses, revised_verdict
from broker.plain.verdict import conclusions, is_call, weighs

FOUND_WORDS = 80  # the most words the part may take, conclusion and results together
_MOST_CLAIMS = 1  # concluding claims told beside the main one
_CLAIM_WORDS = 22  # a longer one is more than a reader can take in beside the main conclusion
_GRADED_CLAIM_WORDS = 32  # a concluding claim that carries its own rating of the evidence
# "also" among a sentence's first words: "also" than what, when nothing is told before it?
_EARLY_ALSO = re.compile(r"^((?:[\w,'-]+ ){1,4}?)also ")
# "Moderate quality evidence suggests …", "There is high quality evidence that …": a claim graded by its authors.
_RATED_CLAIM = re.compile(r"^(?:There is |We found )?(?:some )?(?:very[- ]low|low|moderate|high)[- ]"
                          r"(?:quality|certainty) evidence (?:which |that |to )?(?:suggests?|shows?|indicates?|that)\b",
                          re.I)
# "Current data on the use of X as an adjunctive therapy are limited: …": a word on the evidence, like THIN_EVIDENCE,
# which a claim on what X does outranks.
_THIN_DATA = re.compile(r"^(?:current |available |existing |the )?data (?:on|about|for|regarding) [^.;:]{0,100}? "
                        r"(?:is|are|was|were|remains?) (?:still |very )?(?:limited|sparse|scarce|insufficient|"
                        r"lacking)\b")
@dataclass(frozen=True)
class Found:
    """The part's sentences, the source sentences they came from, and whether any result could be chance."""

    text: str
    used: tuple[Sentence, ...]
    chance: bool
    concluded: bool  # the authors' own conclusion was found and kept
    caveat: bool = False  # the authors' caution about their evidence was left for "How sure we can be" to say


# Frames that open with a word a reader takes as pointing back ("It", "This"), though they point at nothing:
# "It has been demonstrated that X" says X; "This body of evidence suggests …" is the review's evidence.
_FRAMES = ((re.compile(r"^It (?:has|had) been (?:demonstrated|shown|found|established|confirmed) that "), ""),
           (re.compile(r"^This body of evidence "), "The evidence "))


def _unframed(text: str) -> str:
    text = doses_named(text)
    for frame, instead in _FRAMES:
        m = frame.match(text)
        if m:
            rest = instead + text[m.end():]
            return rest[:1].upper() + rest[1:]
    return text


def _told(group: list[Sentence], allowed: set[str], acronyms: Mapping[str, str]) -> list[str]:
    """A sentence and its qualifier made plain, all or nothing: a clause never loses the one that qualifies it."""
    said: list[str] = []
    for s in group:
        pieces = plain_sentences(_unframed(rated_opener_removed(s.text)), allowed, acronyms)
        if not pieces:
            return []
        said.extend(pieces)
    return said


# "There were no significant differences between X and Y for mortality, …": the authors' word on what did not
# differ, which a list of benefits must not leave out.
_NO_DIFFERENCE = by_letters(r"\b(?:no (?:statistically |clinically |statistical )?(?:significant |clear |important |"
                            r"obvious )?differen(?:ces?|t)|did not differ)\b")


def _no_difference_before(abstract: Abstract, lead: Sentence) -> Sentence | None:
    """The sentence just before a lead that claims benefits, when it says the same comparison found no difference.

    "There were no significant differences between bicarbonate- and lactate-buffered solutions for mortality, …"
    followed by "Patients treated with bicarbonate-buffered solutions may experience fewer cardiovascular events
    …": told alone, the benefits make one treatment look clearly better, so the two are told together.
    """
    if lead.index == 0 or "differ" in lead.low:
        return None
    prev = abstract.sentences[lead.index - 1]
    if not _no_difference_told(prev):
        return None
    # The same comparison: what the lead opens with (its treatment) is named in it, and more besides.
    opening = word_stems(" ".join(lead.text.split()[:8]))
    if not opening & word_stems(prev.text) or len(word_stems(prev.text) & word_stems(lead.text)) < 2:
        return None
    return prev


# "… reduced rates of major adverse cardiac events" read alone lets a reader think deaths fell too.
_BENEFIT = by_letters(r"\b(?:reduc\w*|fewer|lower|improv\w*|better|decreas\w*)\b")
_DEATHS = by_letters(r"\b(?:mortality|deaths?|survival|myocardial infarction|ami)\b")


def _no_difference_in_deaths(abstract: Abstract, lead: Sentence) -> Sentence | None:
    """The authors' own "no differences … for mortality or AMI" among the results, when the lead claims some other
    benefit of the same comparison ("CABG is associated with reduced rates of major adverse cardiac events"): told
    alone, the benefit reads as fewer deaths too."""
    if "differ" in lead.low or _DEATHS.search(lead.low) or not _BENEFIT.search(lead.low):
        return None
    named = word_stems(lead.text.split(" ", 1)[0])  # the treatment the lead opens with ("CABG is associated …")
    for s in abstract.sentences[:lead.index]:
        if _no_difference_told(s) and _DEATHS.search(s.low) and named and named <= word_stems(s.text):
            return s
    return None


def _no_difference_told(s: Sentence) -> bool:
    """A sentence in words alone (no figures, pointing back at nothing) saying no difference was found: one that may
    be told before a lead that claims benefits. Not "In all other comparisons …" nor "These studies …": it would lean
    on what is not said."""
    return not (s.stats or s.digits or s.leans or s.wish) and "differ" in s.low and bool(
        _NO_DIFFERENCE.search(s.low)) and not ANAPHORA.search(s.low) and " other " not in s.low


# "… do not provide evidence that advancing enteral feed volumes … reduces the risk of NEC", then "Advancing the
# volume of enteral feeds at a slow rate results in several days of delay … and may increase the risk of invasive
# infection": told alone, a verdict of no benefit lets the reader think the treatment harmless.
_NO_HELP = by_letters(r"\b(?:no|not|insufficient|little) (?:[\w-]+ ){0,3}?evidence\b|\bdoes not (?:appear to )?"
                      r"(?:reduce|improve|prevent|help)\b")
_HARM = by_letters(r"\b(?:increases?|raises?) the risk\b|\b(?:delays?|delay in)\b|\bmore (?:side effects|adverse|"
                   r"harms?|complications)\b|\bharmful\b|\bconcerns have been raised about\b")
_HARM_ROOM = 15  # the words such a harm may take beyond the part's usual length


# "Total thyroidectomy is more effective …", then "There was some evidence that total thyroidectomy … conferred a
# greater risk of permanent hypocalcaemia": a harm the authors conclude on for the treatment the lead praises.
_RISK_OF = by_letters(r"\b(?:greater|higher|increased) (?:risks?|rates?) (?:of|for)\b|"
                      # "The risk of major bleeding is increased with antiplatelet therapy"
                      r"\b(?:risks?|rates?) of [^.;]{0,40}?\b(?:is|are|was|were) (?:\w+ )?(?:increased|higher|"
                      r"raised)\b")
_EVIDENCE_THAT = re.compile(r"^(?:there (?:is|was) )?(?:some |limited |weak )?evidence (?:that|to suggest that) ", re.I)


_WITH_TREATMENT = by_letters(r"\b(?:is|are|was|were) (?:\w+ )?(?:increased|higher|raised) (?:with|by) "
                             r"([\w -]{3,40}?)\s*(?:[.,;]|$)")


def _harm_of_no_help(lead: Sentence, claim: Sentence) -> bool:
    """Whether a claim says the treatment a verdict is about does harm: it must be told beside it.

    Beside a no-benefit verdict, told alone, the treatment reads as harmless; beside a benefit, as having no downside.
    """
    if not ((says(_NO_HELP, lead.low, "evidence", "does not") and _HARM.search(claim.low))
            or says(_RISK_OF, claim.low, "risk", "rate")):
        return False
    opening = _EVIDENCE_THAT.sub("", claim.text, count=1)
    if word_stems(" ".join(opening.split()[:6])) & word_stems(lead.text):
        return True
    # "A small but statistically significant increased rate of dehiscence with tissue adhesives is observed": the
    # treatment the lead opens with is named later in the claim.
    subject = word_stems(head(lead.text))
    if subject and subject <= word_stems(claim.text):
        return True
    # "The risk of major bleeding is increased with antiplatelet therapy": the treatment the lead adds, named last.
    given = _WITH_TREATMENT.search(claim.text)
    treatment = word_stems(given.group(1)) if given else frozenset()
    return bool(treatment) and treatment <= word_stems(lead.text)


# "These results indicated that there were no significant differences except for increased small bowel complications
# with HDRs": the one exception to "no differences" in the authors' results. Not an exception that is a whole
# comparison or the evidence of one trial ("except the comparison of nicorandil versus placebo").
_EXCEPT = by_letters(r"\bno (?:statistically )?(?:significant |clear |important )?differen(?:ces?|t)\b[^.;]*?"
                     r"\bexcept (?:for )?(?P<what>[^.;,]+?)\s*(?:\([^)]*\)\s*)?\.?$")
_NOT_AN_OUTCOME = by_letters(r"\b(?:comparisons?|evidence|trials?|stud(?:y|ies)|analys[ie]s|that|where|when|in)\b")


def _the_exception(abstract: Abstract, said: str, used: list[Sentence], allowed: set[str]) -> list[str]:
    """What the authors' results name as the one difference, when the part says there were no differences."""
    if not _NO_DIFFERENCE.search(said.lower()):
        return []
    taken = {s.index for s in used}
    for s in abstract.sentences:
        m = _EXCEPT.search(s.text)
        if s.index in taken or not m or _NOT_AN_OUTCOME.search(m["what"].lower()) or len(m["what"].split()) > 10:
            continue
        if len(word_stems(s.text) & word_stems(said)) < 1 and not _NO_DIFFERENCE.search(s.low):
            continue
        what = re.sub(r"\b([A-Z]{2,})s\b", r"\1", m["what"].strip())  # "with HDRs": the rate is HDR
        if set(word_stems(what)) <= word_stems(said):
            return []  # the part says it already
        return plain_sentences(f"The only clear difference was {what}.", allowed, abstract.acronyms)
    return []


# "The impact of surgery, as demonstrated in the included studies, is modest.": the authors' own word on how big the
# effect of what they conclude on is.
_MODEST = re.compile(r"^(?:the |this |overall,? )?(?:size of the |overall |clinical )?(?:effects?|impact|benefits?|"
                     r"improvements?|gains?)\b[^.;]{0,70}? (?:is|was|are|were|appears?|seems?) (?:(?:to be )?(?:very|"
                     r"relatively|only|rather) )?(?:modest|small)\.?$")


def _how_big(abstract: Abstract, used: list[Sentence], allowed: set[str],
             room: int) -> tuple[Sentence, list[str]] | None:
    """The authors' short closing sentence that the effect they conclude on is small or modest, with its words."""
    if not used or not any(directions(used[0].low)):
        return None  # a verdict with no direction ("not enough evidence") has no size to tell
    taken = {s.index for s in used}
    for i in abstract.conclusions:
        s = abstract.sentences[i]
        if i in taken or s.stats or ("modest" not in s.low and "small" not in s.low) or not _MODEST.match(s.low):
            continue
        told = _if_room(s, abstract, allowed, min(room, 16))
        if told:
            return told
    return None


def _if_room(s: Sentence | None, abstract: Abstract, allowed: set[str],
             room: int) -> tuple[Sentence, list[str]] | None:
    """A sentence with the words it is told in, when it can be told plainly in the room left; otherwise None."""
    pieces = _told([s], allowed, abstract.acronyms) if s is not None else []
    return (s, pieces) if s is not None and pieces and _size(pieces) <= room else None


# "…; the magnitude of average trough BP lowering … is -8/-5 mmHg": a detail after the claim, which may go where the
# whole is too long to tell beside the main conclusion. Not a clause that turns or doubts ("; however, …").
_DETAIL_AFTER = re.compile(r"^(?P<claim>[^;]{30,200}); (?!(?:but|however|although|though|yet|whereas|while|"
                           r"nevertheless|nonetheless|this|these|it|they)\b)(?![^;]*\b(?:no|not|unclear|uncertain|"
                           r"unknown|insufficient|limited|except)\b)[^;]+$")


def _first_clause(s: Sentence, allowed: set[str], acronyms: Mapping[str, str]
                  ) -> tuple[list[Sentence], list[str]] | None:
    """A further claim cut to the clause before its semicolon, where what follows is a detail that neither turns
    nor doubts it ("The BP lowering effect of ARBs is modest and similar to ACE inhibitors as a class; …")."""
    m = _DETAIL_AFTER.match(s.text) if "; " in s.text else None
    if not m or not CLAIM.search(m.group("claim").lower()):
        return None
    cut = replace(s, text=m.group("claim").rstrip(",") + ".")
    pieces = _told([cut], allowed, acronyms)
    return ([cut], pieces) if pieces else None


def _size(pieces: list[str]) -> int:
    return sum(map(len, map(str.split, pieces)))  # the words told, counted in C


def what_was_found(abstract: Abstract, allowed: set[str]) -> Found:
    """The "What was found" part, or an empty one when no conclusion can be told safely.

    The main conclusion leads; then the authors' other concluding claims (a harm, a second
    comparison) in their order, and a key result only where there is room left.
    """
    said: list[str] = []
    used: list[Sentence] = []
    caveat = False
    revised = revised_verdict(abstract, allowed)
    if revised:  # the authors' own restatement of their verdict is the verdict
        said, used = revised[1], [revised[0]]
    for main in () if revised else conclusions(abstract):
        pieces = _told(main[:1], allowed, abstract.acronyms)
        if pieces and len(main) > 1:
            qualifier = _told(main[1:], allowed, abstract.acronyms)
            if qualifier and _size(pieces) + _size(qualifier) <= FOUND_WORDS:
                pieces += qualifier
            elif CAVEAT.search(main[1].low):
                main, caveat = main[:1], True  # a caution about the evidence: "How sure we can be" says it instead
            else:
                continue  # never a main conclusion without the sentence that qualifies it
        if pieces:
            said, used = pieces, list(main)
            break
    if not said:
        return Found("", (), False, False)
    # Both look at the sentence just before the lead: the one that fits, if any, is told first.
    before = _if_room(_no_difference_before(abstract, used[0]) or doubt_before(abstract, used[0])
                      or _no_difference_in_deaths(abstract, used[0]), abstract, allowed, FOUND_WORDS - _size(said))
    if before:  # the authors' "no difference in deaths or …" comes first, so the benefits after it are not all
        said, used = [*before[1], *said], [before[0], *used]
    exception = _the_exception(abstract, " ".join(said), used, allowed)
    if exception:  # "no differences in … complications" must not hide the one complication that did differ
        said.extend(exception)
    modest = _how_big(abstract, used, allowed, FOUND_WORDS - _size(said))
    if modest:  # "The impact of surgery … is modest": told the benefit without its size, a reader takes it as large
        said.extend(modest[1])
        used.append(modest[0])
    extra = harms = 0
    # A harm the authors give as the reason for their advice goes before any other claim: told only the benefits, a
    # reader would think the treatment harmless.
    # So does a claim that goes on from the main one ("They detect seven out of 10 …" right after it).
    last = used[-1].index
    # The verdict the authors restate is not told beside its restatement.
    restated = [x for group in conclusions(abstract)[:1] for x in group] if revised else []
    claims = [(group, _harm_of_no_help(used[0], group[0])) for group in further_claims(abstract, [*used, *restated])]
    # A claim that carries on from the main one ("They offer the benefit of …") is told straight after it, or its
    # "They" would point at the harm told in between.
    lead_goes = directions(used[0].low) if claims else (frozenset(), frozenset())
    claims.sort(key=lambda c: (not (c[0][0].index == last + 1 and c[0][0].leans and POINTS_ON.match(c[0][0].text)),
                               not HARM_REASON.match(c[0][0].low), not c[1],
                               not (c[0][0].index == last + 1 and POINTS_ON.match(c[0][0].text)),
                               not reverses(lead_goes, c[0][0]), not weighs(c[0][0].low),
                               bool(THIN_EVIDENCE.match(c[0][0].low) or _THIN_DATA.match(c[0][0].low))))
    turn = [group for group, _ in claims if len(group) == 1 and in_turn(used[0], group[0])]
    if turn and all(abs(a.index - b.index) == 1 for a, b in zip([used[-1], *(g[0] for g in turn)],
                                                                     [g[0] for g in turn], strict=False)):
        pieces = _told([g[0] for g in turn[:MOST_IN_TURN]], allowed, abstract.acronyms)
        if pieces and len(turn) <= MOST_IN_TURN and _size(said) + _size(pieces) <= FOUND_WORDS + TURN_ROOM:
            said.extend(pieces)
            used.extend(g[0] for g in turn)
            extra = _MOST_CLAIMS  # the verdicts in turn are the rest of the authors' answer
            claims = [c for c in claims if c[0] not in turn]
    for group, does_harm in claims:
        harm = not harms and does_harm  # the one downside, over and above other claims
        if (extra == _MOST_CLAIMS and not harm) or (harms and (_HARM.search(group[0].low) or "risk" in group[0].low)):
            continue  # after the downside, a second word on it ("a three-fold increase in the risk") says it twice
        if group[0].leans and group[0].index - 1 not in {s.index for s in used}:
            continue
        pieces = _told(group, allowed, abstract.acronyms)
        if len(group) == 1 and _size(pieces) > _CLAIM_WORDS:  # told in one piece or cut at its clauses
            group, pieces = _first_clause(group[0], allowed, abstract.acronyms) or (group, pieces)
        if unexplained(" ".join(pieces), abstract.low) - unexplained(" ".join(said), abstract.low):
            continue  # a side claim that brings in an abbreviation the reader cannot know is left out
        new = word_stems(" ".join(pieces))
        # The authors' graded verdict on a second treatment ("Moderate quality evidence suggests a potential benefit
        # of early rehabilitation …") is as much their conclusion as the first, and may take more words.
        most = _GRADED_CLAIM_WORDS if _RATED_CLAIM.match(group[0].text) else _CLAIM_WORDS
        if group[0].index == last + 1 and THE_OTHERS.match(group[0].text):
            most = FOUND_WORDS  # "Other comparisons did not show any clear differences …": the rest of the verdict
        elif group[0].index == last + 1 and ADDING.match(group[0].text):
            most = _GRADED_CLAIM_WORDS  # "There was also a smaller chance of …": the verdict goes on
        room = FOUND_WORDS
        # A harm, or the authors' advice on the treatment ("we would recommend antibiotics are routinely prescribed").
        if harm or recommends(used[0], group[0]) or weighs(group[0].low) or is_call(group[0].low):
            most, room = _GRADED_CLAIM_WORDS, FOUND_WORDS + _HARM_ROOM
        elif HARM_REASON.match(group[0].low):  # the harm and the advice it leads to are one sentence, told whole
            most, room = _GRADED_CLAIM_WORDS + _HARM_ROOM, FOUND_WORDS + _HARM_ROOM
        if (pieces and _size(said) + _size(pieces) <= room and _size(pieces[:1]) <= most
                and len(new - set().union(*(word_stems(s.text) for s in used))) >= 0.4 * len(new)):
            said.extend(pieces)
            used.extend(group)
            harms += harm
            extra += not harm
    # A result on what the conclusion is about that could be chance (HOMEWARD's readmissions) is said
    # in "How sure we can be" even when the result itself is not shown; a result that itself says
    # "no difference" needs no such warning.
    said_stems = set().union(*(word_stems(s.text) for s in used))
    chance = any(len(said_stems.intersection(map(STEM, filterfalse(STOP.__contains__, s.tokens)))) >= 2
                 and by_chance(s.text)
                 and claims_a_difference(clean(s.text)) for s in abstract.sentences
                 if s.index not in abstract.conclusions and (s.stats or "signific" in s.low or "statistic" in s.low))
    room = FOUND_WORDS - _size(said)
    for s, text in (key_results(abstract, used, allowed, room) if not (extra or harms) else ()):
        said.append(text)
        used.append(s)
        if by_chance(s.text) and claims_a_difference(text):
            said.append("This difference could be down to chance.")
            chance = True
    if " also " in said[0][:60]:  # "Pitavastatin also caused …" told first leans on something never told
        said[0] = _EARLY_ALSO.sub(r"\1", said[0], count=1)
    return Found(" ".join(said), tuple(used), chance, True, caveat)
