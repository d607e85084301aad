"""What a review is about, in its own words: the treatment or exposure, and who it was for.

A Cochrane abstract has no title and no background: it opens with its results. Its
conclusion is where the authors name their subject again ("Interferon is effective …
in patients with chronic hepatitis C", "evidence that cerclage is …", "the effects of
nut consumption on …"), so the subject is read from there. A phrase is used only when
it is short, names something the abstract speaks of elsewhere too, points back at
nothing and holds no verb of its own, so it cannot garble (``topic_usable`` judges
that); otherwise nothing is said.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

from broker.plain.ascii_twin import AsciiTwin
from broker.plain.jargon import unexplained
from broker.plain.kinds import CONTRAST
from broker.plain.people import (
    GROUP_WORDS,
    NO_STUDY_DID,
    WHO_FIRST,
    told_already,
    who,
    who_elsewhere,
    wished_for,
    worth_saying,
)
from broker.plain.phrase import head, tidy
from broker.plain.purpose import TREATMENT_OF
from broker.plain.purpose import purpose as what_for
from broker.plain.reading import Abstract, Sentence
from broker.plain.simplify import clean
from broker.plain.starts import by_letters
from broker.plain.text import mentions
from broker.plain.topic_phrases import OF, before_link, candidates
from broker.plain.topic_usable import MOST_WORDS, NOT_A_TREATMENT, OUTCOME, PROCESS, case, repeated_elsewhere, usable
from broker.plain.words import GROUPS

_LEADING = re.compile(r"^(?:Although|Though|While|Whilst|Despite|Due to|Because of|Based (?:on|upon)|Given|Overall|"
                      r"In contrast to|Unlike|"
                      r"Across|In conclusion|In summary|Taken together|Compared (?:with|to)|In comparison with|"
                      r"At present|At this (?:time|stage|point)|At the moment|To date|Currently|For now|As|With)\b"
                      r"[^,]{0,160},\s*", re.I)
# "At this time, heliox treatment does not have a role …": a time, not a pointer back at something said before.
_NOW = re.compile(r"^At (?:this (?:time|stage|point)|the moment|present), ")
_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")
# "… than voriconazole", "… compared with placebo", "… of similar efficacy to deferoxamine": what the subject was set
# against.
_AGAINST = AsciiTwin(re.compile(r"\b(?:than|over|versus|compared (?:with|to)|"
                                r"(?:superior|inferior|non-inferior|equivalent) to|"
                                r"(?:of )?similar (?:efficacy |effectiveness |benefit )?to) "
                                r"(?P<y>(?:[\w'-]+ ){0,4}?[\w'-]+)"
                                r"(?=[,;:.()]| (?:for|in|to|on|at|among|when|during|with|and|but|as|is|are|was|were|"
                                r"depending|according|regardless)\b|$)"))
# What each of _AGAINST's choices needs written, looked for first: most closing sentences set nothing against.
_AGAINST_WORDS = ("than ", "over ", "versus ", "compared ", "superior to ", "inferior to ", "equivalent to ",
                  "similar ")


def _against(text: str) -> re.Match[str] | None:
    """``_AGAINST.search(text)``, tried only where a word it needs is written."""
    return _AGAINST.search(text) if mentions(text, _AGAINST_WORDS) else None


def _fits(abstract: Abstract, s: Sentence) -> Callable[[str], str]:
    """How a phrase from sentence ``s`` may be said as what a treatment was for: in the source's case, or ""."""
    return lambda what: case(what, abstract) if usable(what, abstract, s, True, True) else ""


def subject(abstract: Abstract, conclusion: Sequence[Sentence], known: str = "", harms: bool = True) -> str:
    """"Interferon in patients with chronic hepatitis C": what the conclusion is about, or "" if unsure.

    The subject, then what it was set against ("compared with placebo"), what it was for
    ("for fungal ulcers") and who ("in people with epilepsy"), each only where the
    source says it plainly and it adds to the rest. What it was for and who are looked
    for in the subject's own sentence first, then in the authors' other concluding
    sentences, and who took part also in the rest of the abstract: a review names its
    people where it counts them ("185 women likely to give birth to a large baby").
    ``known`` is what the entry already says of them (the count of people), not said again.
    """
    closing = [abstract.sentences[i] for i in abstract.conclusions]
    for s in conclusion:
        if not harms and s is not conclusion[0] and "risk" in s.low and _HARM_CLAIM.search(s.low):
            continue  # "Aspirin probably slightly increased the risk of …": a harm told beside the verdict names one
            # of the treatments, not what the review was about
        if s is not conclusion[0] and s.text.startswith(("While", "Whilst")) and CONTRAST.match(s.text):
            continue  # "While this reduction is clear, the clinical significance is less clear": it names no subject
        if s is not conclusion[0] and s.text.startswith(_ADDING):
            continue  # "In addition, … a high fluoride toothpaste …" after a verdict on a fluoride foam: one more of
            # the things compared, not what the review was about
        said = _named_once(abstract, s, closing, known)
        if said:
            return said
    return ""


_ADDING = ("In addition,", "Additionally,", "Also,", "Furthermore,", "Moreover,")
_HARM_CLAIM = by_letters(r"\b(?:increas\w*|rais\w*|higher|greater) (?:the )?risks? of\b")


def other_subject(abstract: Abstract, conclusion: Sequence[Sentence], known: str = "") -> str:
    """What another of the authors' closing sentences names as its subject ("Catgut may increase short-term pain
    …"), when the main conclusion names none; only a subject said in other sentences too, as the thing studied is."""
    closing = [abstract.sentences[i] for i in abstract.conclusions]
    for s in closing:
        if s in conclusion or (s.leans and not _NOW.match(s.text)) or s.wish or s.digits:
            continue  # a closing sentence with figures is one more result
        text = _LEADING.sub("", _unframed(clean(s.text) or s.text), count=1)
        phrase = tidy(head(text))
        if (phrase and usable(phrase, abstract, s) and repeated_elsewhere(phrase, abstract, s)
                and not OUTCOME.search(phrase) and not PROCESS.match(phrase)
                and not (text.startswith(phrase) and runs_on(text, len(phrase)))):
            return _named_once(abstract, s, closing, known, first_only=True)
        # "There is currently no available evidence to determine the effect of eplerenone on …": what its "the effect
        # of" names, when its own subject names nothing.
        # A weaker place to look than the sentence's subject, so no short name is taken from it ("the use of HDR
        # ICBT" in advice beside a comparison of HDR and LDR).
        of = OF.search(text) if " of " in text else None
        phrase = tidy(before_link(of.group("x"))) if of else ""
        if (of and phrase and not _CAPITALS.search(phrase) and usable(phrase, abstract, s)
                and repeated_elsewhere(phrase, abstract, s) and not OUTCOME.search(phrase) and not PROCESS.match(phrase)
                and not runs_on(text, of.end("x"))):
            return _named_once(abstract, s, closing, known)
    return ""


_CAPITALS = re.compile(r"\b[A-Z]{2,}")
# "Neutral pH, low GDP PD solution use improved …", "Acupuncture, massage and yoga may …": after the comma the name
# goes on (or names more), so the words before it name only part of the subject. "Aspirin, compared with placebo, …"
# and "Exercise, which …" are asides: the name before them is whole.
_RUNS_ON = re.compile(r", (?!(?:compared|which|who|when|whereas|while|as|in|with|although|though|but|however|and|or|"
                      r"if|especially|particularly|including|such|even|at|for|on|by|both|either|given|used|using|based|where|"
                      r"because|since|so|than|\w+ly)\b)"
                      r"[a-z]")


def runs_on(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` in ``text`` goes on after a comma, so the words before it are only part."""
    return bool(_RUNS_ON.match(text, end))


def _set_against_another(phrase: str, extra: str, others: Sequence[Sentence]) -> bool:
    """Whether another closing sentence sets the subject against something else ("Gemcitabine may be more active than
    mitomycin C" beside "Compared to intravesical BCG therapy, gemcitabine had similar effects …"): then the one it
    was set against first is one comparison of several, not what the review was about."""
    low = phrase.lower()
    for other in others:
        if low not in other.low:
            continue
        found = _against(other.low)
        against = set(_WORD.findall(found.group("y"))) if found else set()
        # another thing altogether: "BCG therapy" beside "mitomycin C", not "total hysterectomy" beside "total abdominal
        # hysterectomy"
        if found and low not in found.group("y") and not any(
                len(w) > 3 and w in against for w in _WORD.findall(extra.lower())):
            return True
    return False


# "It has been demonstrated that enzyme replacement therapy with idursulfase is effective …": a frame around the
# sentence whose subject is what was studied.
_FRAME = re.compile(r"^It (?:has|had) been (?:demonstrated|shown|found|established|confirmed) that ")


def _unframed(text: str) -> str:
    return _FRAME.sub("", text, count=1) if text.startswith("It ") else text
_POINTS_BACK_AT = re.compile(r"^(?:these|those|such|both) [\w-]+ (?:do|does|did|are|is|were|was|have|has|may|might|can|"
                             r"could|also|still|lead|cause|show)\b|^(?:they|it) (?!is\b|was\b)")


def _with_clause_before(text: str, leading: re.Match[str] | None, first_only: bool,
                        known: str = "") -> Iterator[tuple[str, str]]:
    """Candidate subjects with the clause each came from: the main clause's first, then the leading clause's."""
    for c in candidates(text, known)[:1] if first_only else candidates(text, known):
        yield c, text
    if leading and not first_only:  # looked at only when the main clause names nothing usable
        before = leading.group(0).split(" ", 1)[1].rstrip(", ")
        # "Whilst HPV tests are less likely to miss …, these tests do lead to …": the main clause points back at the
        # leading clause's own subject, which is then what both are about.
        start = 0 if _POINTS_BACK_AT.match(text) else 1
        for c in candidates(before)[start:]:
            yield c, before


_ONE_OF_SEVERAL = ("compared to ", "compared with ", "in comparison")
# "Adding antiplatelet therapy, either dipyridamole or low-dose aspirin, to oral anticoagulation …": the examples are
# an aside, and the subject runs on past them.
_EITHER_ASIDE = re.compile(r", either [^,;]{1,60}? or [^,;]{1,60},")
# "alemtuzumab at a dose of 12 mg per day": the dose is how it was given, not what was studied.
_AT_DOSE = re.compile(r",? at (?:a |the )?doses? of \d[\d.]* ?(?:mg|g|mcg|\u00b5g|\u03bcg|IU)(?:/kg)?(?: (?:per|a) "
                      r"(?:day|week|kg))?\b")


def _named_once(abstract: Abstract, s: Sentence, closing: Sequence[Sentence], known: str = "",
                first_only: bool = False) -> str:
    """``_named`` of a sentence beside the other closing sentences, worked out once an abstract: a subject is looked
    for with and without harms, and again in the other closing sentences, and the same sentences come back. Keyed by
    the sentence itself (``closing`` is the abstract's), held with it so no other takes its id."""
    key = ("topic._named", id(s), known, first_only)
    memo = abstract.memo
    kept = memo.get(key)
    if kept is None or kept[0] is not s:
        kept = memo[key] = (s, _named(abstract, s, [x for x in closing if x is not s], known, first_only))
    return kept[1]


def _named(abstract: Abstract, s: Sentence, others: Sequence[Sentence], known: str = "",
           first_only: bool = False) -> str:
    """The subject one sentence names, with what it was for and who, or ""."""
    source = _EITHER_ASIDE.sub("", s.text) if ", either " in s.text else s.text
    text = _unframed(clean(source) or source)
    text = _AT_DOSE.sub("", text) if "dose" in text else text  # (it needs "dose": most have none)
    people = ""
    m = WHO_FIRST.match(text)
    if m:
        people, text = m.group("who"), text[m.end():]
    leading = _LEADING.match(text)
    text = text[leading.end():] if leading else text
    # "Whilst the data may suggest the potential use of appetite stimulants …, this …": when the main clause names
    # nothing, the clause before it may.
    clause = text
    for phrase, text in _with_clause_before(clause, leading, first_only, known):
        if not usable(phrase, abstract, s) or (text.startswith(phrase) and runs_on(text, len(phrase))):
            continue
        said = case(phrase, abstract)
        found = _against(text)
        extra = tidy(found.group("y")) if found else ""
        # "cocoa compared with normotensive people": people are not what cocoa was set against
        if (extra and extra.rsplit(" ", 1)[-1].lower() not in GROUPS and usable(extra, abstract, s, extra=True)
                and not NOT_A_TREATMENT.search(extra.lower())  # "compared with the failure rate": an outcome
                and extra.lower() not in said.lower() and " compared with " not in said
                and not _set_against_another(phrase, extra, others)):
            said = f"{said} compared with {case(extra, abstract)}"
        purpose = what_for(text, _fits(abstract, s))
        full = len(_WORD.findall(said)) > MOST_WORDS  # no room for what it was for: counted once, not per sentence
        for other in others:
            if purpose or full:
                break
            # what another sentence says it was for, only where it names it too ("X compared with Y": where it names X)
            if phrase.lower().split(" compared with ", 1)[0] in other.low:
                purpose = what_for(clean(other.text) or other.text, _fits(abstract, other))
        # "… probiotics for the prevention of radiotherapy-related diarrhoea" said among the results: what it was
        # for, in the plainest form only ("for the treatment of", "to prevent"), where the closing sentences say not.
        core = phrase.lower().rsplit(" of ", 1)[-1]
        for other in abstract.sentences:
            if purpose or full:
                break
            # "annual intravenous cycles of alemtuzumab": the thing itself is what another sentence names
            if other.index not in abstract.conclusions and not other.stats and core in other.low:
                purpose = what_for(clean(other.text) or other.text, _fits(abstract, other), plainest=True)
        for other in others:
            # "To date, few well-designed RCTs have considered the treatment of infantile spasms": what the review's
            # treatments were for, said by the authors in closing, where nothing else says it.
            if purpose or full:
                break
            found = (TREATMENT_OF.search(other.text) if not (other.stats or other.wish) and (
                "the treatment of" in other.low or "the management of" in other.low
                or "the prevention of" in other.low) else None)
            what = tidy(found.group("what")) if found else ""
            if what and what.rsplit(" ", 1)[-1].lower() not in GROUPS and usable(what, abstract, other, True):
                purpose = f"for {case(what, abstract)}"
        # "for X", "to prevent X": X said already in the subject ("methods for reducing opioid use") is not said again
        purpose = f" {purpose}" if purpose and purpose.split(" ", 2 if purpose.startswith("to ") else 1)[-1].lower() \
            not in said.lower() else ""
        # "Compared to BCG, gemcitabine had similar effects in intermediate risk patients, less effective in high risk
        # …": the people of one comparison of several, not who the review was about
        # nor from "No studies … have assessed … in people with mild dementia": people no study took in
        people = people if worth_saying(people) or s.low.startswith(_ONE_OF_SEVERAL) or (
            s.low.startswith("no ") and NO_STUDY_DID.match(s.low)) else who(text)
        for other in others:  # "… decreases late-onset sepsis in preterm infants": another closing sentence on it
            if worth_saying(people):
                break
            # not from "Compared to BCG, gemcitabine had similar effects in intermediate risk patients": the people of
            # one comparison
            if (not GROUP_WORDS.isdisjoint(other.tokens) and not (other.wish or other.stats)
                    and not other.left_out
                    and not other.low.startswith(("compared to ", "compared with ", "in comparison"))
                    and all(w.lower() in other.low for w in _WORD.findall(phrase)[:2])):
                named = _TREATED_TAIL.sub("", who(clean(other.text) or other.text))
                people = named if named and not unexplained(named, abstract.low) and not _LABEL.search(named) else ""
        people = people if worth_saying(people) else who_elsewhere(abstract, s, others)
        people = people if worth_saying(people) else wished_for(abstract, phrase)
        told = f"{said}{purpose} {known}"
        people = f" in {people}" if worth_saying(people) and not told_already(people, told) else ""
        # "massage for LBP in people with sub-acute and chronic LBP", "to treat PDR in people with PDR": said twice
        if people and purpose and all(w.lower() in people.lower()
                                      for w in _WORD.findall(purpose)[2 if purpose.startswith(" to ") else 1:]):
            people = ""
        # Too long a name is no name: who goes first, then what it was for, then what it was set against.
        for name in (f"{said}{purpose}{people}", f"{said}{purpose}", said, case(phrase, abstract)):
            if len(_WORD.findall(name)) <= MOST_WORDS + 6 + purpose.startswith(" to "):  # "to prevent X" is "for X"
                return name
        return case(phrase, abstract)
    return ""


# "OA patients with …": an abbreviation worn as a label reads as a code, not as who the people were; "people with
# psoriasis receiving long-term treatment" are the people of one part of the question, not all it was about.
_LABEL = re.compile(r"^(?:[\w-]+ )?[A-Z]{2,}s? |\b(?:receiving|getting|given|treated|taking)\b")
# "people with chronic plaque psoriasis receiving long-term treatment with corticosteroids": the illness marks out all
# the people; the treatment they were getting marks out one part of the question, so it is cut off.
_TREATED_TAIL = re.compile(r"(?<=\S) (?:receiving|getting|given|treated|taking)\b.*$")
