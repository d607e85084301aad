"""Who a review's subject was for, or what, when the words that name the subject do not say it.

A subject read from the comparison a review's results name ("catgut compared with
synthetic stitches") or from its methods ("anti-TNF-α agents") says nothing of the
people; the authors' closing sentences or the abstract's first sentences often do. Only
people named the same careful way as beside a conclusion's subject
(``people.who_elsewhere``) are added. Where no people are named, the condition the
abstract says its kind of treatment was for ("antidepressants for insomnia"), or the
ulcers its results count as healed, is said instead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from broker.plain.people import named_most, named_twice, told_already, who_elsewhere, worth_saying
from broker.plain.phrase import tidy
from broker.plain.reading import Abstract, Sentence
from broker.plain.simplify import simplify
from broker.plain.starts import by_letters
from broker.plain.text import mentions, places
from broker.plain.topic_usable import case, named, repeated_elsewhere
from broker.plain.words import GROUPS

_MOST_WORDS = 20  # a subject with its people: any longer, and it is a clause no reader can hold
# "… for fungal ulcers", "… in people with epilepsy", "… to prevent falls": it says whom or what for already.
SAYS_WHOM = re.compile(r" (?:in|for|among|aged|to (?:prevent|treat|reduce|improve|promote|relieve|manage)) ")


def with_whom(subject: str, abstract: Abstract, closing: Sequence[Sentence], known: str = "") -> str:
    """The subject with " in <people>" added, when it names none and the abstract says who they were."""
    if not subject or not abstract.sentences or SAYS_WHOM.search(f" {subject} "):
        return subject
    people = who_elsewhere(abstract, closing[0] if closing else abstract.sentences[0], closing)
    if _sayable(people, subject, known):
        said = f"{subject} in {people}"
    else:
        aim = (_subject_for(subject, abstract) or _wished_for(subject, abstract) or _treated_for(abstract)
               or _healed(abstract))
        said = f"{subject} for {aim}" if aim and aim.lower() not in f"{subject} {known}".lower() else subject
    return said if len(said.split()) <= _MOST_WORDS else subject


def with_people_named_twice(subject: str, abstract: Abstract, known: str = "") -> str:
    """The subject with " in <people>" added from the people two sentences name alike, when nothing else (the
    closing sentences, the opening ones, the title) has said whom or what it was for."""
    if not subject or SAYS_WHOM.search(f" {subject} "):
        return subject
    people = named_twice(abstract)
    if _sayable(people, subject, known):
        said = f"{subject} in {people}"
    else:  # "anthracyclines for children": one word names them, where the abstract names no other group
        group = named_most(abstract)
        said = f"{subject} for {group}" if group and group not in f"{subject} {known}".lower() else subject
    return said if len(said.split()) <= _MOST_WORDS else subject


def _sayable(people: str, subject: str, known: str) -> bool:
    """People worth adding to the subject: not told already (nor by the count of people), and not one arm's."""
    return worth_saying(people) and not told_already(people, f"{subject} {known}") and not _an_arm(people, subject)


# The end of a condition named after "for" or "in": before a comma, a clause, or the next phrase.
_AIM_END = (r"(?=[,;:.()]| (?:in|among|and|but|is|are|was|were|did|do|does|has|have|as|with|at|by|from|remains?|"
            r"should|may|could|would|needs?|compared|versus|vs)\b|$)")
# "antibiotic treatments for CT infection", "antidepressants for insomnia": what the kind of treatment a review
# compared was for, where the abstract names no people.
_KIND_FOR = by_letters(r"\b(?:interventions?|strategies|programmes|programs|approaches|treatments?|therap(?:y|ies)|"
                       r"antibiotics|antidepressants|medicines|medications|drugs|surgery|trials|RCTs|studies) for "
                       r"(?P<how>the (?:treatment|prevention|management) of |treating |preventing |reducing )?"
                       r"(?P<x>(?:[\w'-]+ ){0,4}?[\w'-]+)" + _AIM_END)
# What _KIND_FOR needs written, looked for first: most sentences with " for " name none of its kinds before it.
_KIND_FOR_WORDS = tuple(f"{kind} for " for kind in (
    "intervention", "interventions", "strategies", "programmes", "programs", "approaches", "treatment", "treatments",
    "therapy", "therapies", "antibiotics", "antidepressants", "medicines", "medications", "drugs", "surgery", "trials",
    "RCTs", "studies"))
_NOT_AN_AIM = re.compile(r"^(?:an?|the|one|two|this|these|that|those|each|some|all|any|specific|such|other)\b", re.I)


# What follows a subject that says what it was for: "… 30 mg in moderate to severe postoperative pain".
_IN_OR_FOR = re.compile(r"(?: [\d.,]+ ?(?:mg|g|µg|mcg)(?:/\w+)?)? (?:in|for) "
                        r"(?:the (?:treatment|prevention|management) of |treating |preventing )?"
                        r"(?:moderate to severe |mild to moderate )?(?P<x>(?:[\w'-]+ ){0,4}?[\w'-]+)" + _AIM_END, re.I)


def _subject_for(subject: str, abstract: Abstract) -> str:
    """The condition the abstract names the subject's own treatment for ("dihydrocodeine in postoperative pain",
    "medicinal herbs for HCV infection"), said in other sentences too, or ""."""
    low = _ARTICLE.sub("", subject.split(" compared with ", 1)[0]).strip().lower()
    if len(low) < 4 or low not in abstract.low:
        return ""
    for s in abstract.sentences:
        if s.stats or s.wish or low not in s.low:
            continue
        # where the subject stands, then what follows it: one pattern for every subject, none compiled for each
        for m in filter(None, (_IN_OR_FOR.match(s.text, at + len(low)) for at in places(s.low, low))):
            aim = _condition(tidy(m.group("x")), abstract, s, of_subject=True)
            if aim:
                return aim
    return ""


# "dihydrocodeine in postoperative pain": a kind of pain a painkiller is given in is what it was for, though pain
# elsewhere ("treatments for pain" in a review of something else) is an outcome.
_KIND_OF_PAIN = re.compile(r"^(?:[\w-]+ ){0,2}(?:postoperative|neuropathic|cancer|back|neck|period|labour|joint|"
                           r"musculoskeletal|migraine|headache) pain$", re.I)


def _pain_treated(aim: str, abstract: Abstract, s: Sentence) -> str:
    """A kind of pain named after the subject, in the case the source writes it, when other sentences say it too."""
    return case(aim, abstract) if _KIND_OF_PAIN.match(aim) and repeated_elsewhere(aim, abstract, s) else ""


# "More trials of manual therapy alone or exercise alone for rotator cuff disease are needed": research the authors
# want on the subject's own treatments, for the condition the review was about.
_TRIALS_OF_FOR = by_letters(r"\b(?:trials|studies|RCTs|research) (?:of|on|into) (?P<t>[^,;:.()]{3,80}?) for "
                            r"(?:the (?:treatment|prevention|management) of |treating |preventing )?"
                            r"(?P<x>(?:[\w'-]+ ){0,4}?[\w'-]+)" + _AIM_END)


def _wished_for(subject: str, abstract: Abstract) -> str:
    """The condition the authors want more trials of the subject's own treatments for, said elsewhere too, or ""."""
    words = [w for w in re.findall(r"[a-z][a-z'-]{3,}", subject.lower()) if w not in ("with", "compared")]
    for s in abstract.sentences:
        if not s.wish or " for " not in s.low:
            continue
        for m in _TRIALS_OF_FOR.finditer(s.text):
            if words and all(w in m.group("t").lower() for w in words):
                aim = _condition(tidy(m.group("x")), abstract, s, of_subject=True)
                if aim:
                    return aim
    return ""


# "calcitonin for fracture prevention in steroid-induced osteoporosis": fractures are one outcome it was judged by, not
# the condition it was for.
_GOALS = frozenset(["prevention", "reduction", "relief", "control", "management", "treatment", "outcomes"])
_ARTICLE = re.compile(r"^(?:the |a |an |routine use of (?:the )?)", re.I)


def _treated_for(abstract: Abstract) -> str:
    """The condition the abstract says its kind of treatment was for, said in other sentences too, or ""."""
    for s in abstract.sentences:
        if s.stats or " for " not in s.low:
            continue
        for m in _KIND_FOR.finditer(s.text) if mentions(s.text, _KIND_FOR_WORDS) else ():
            # "… the family-based intervention for reducing alcohol misuse": an aim said that plainly need not be
            # said twice
            aim = _condition(tidy(m.group("x")), abstract, s, of_subject=False, once=bool(m.group("how")))
            if aim:
                return aim
    return ""


def _condition(aim: str, abstract: Abstract, s: Sentence, *, of_subject: bool, once: bool = False) -> str:
    """An aim read after "for" or "in" said as the condition it names, in plain words, or "" when it names people, a
    pointing word or (after the subject itself, ``of_subject``) a goal; only a kind of pain named there counts as a
    condition though pain is an outcome."""
    last = aim.rsplit(" ", 1)[-1].lower()
    if not aim or _NOT_AN_AIM.match(aim) or last in GROUPS or (of_subject and last in _GOALS):
        return ""
    found = named(aim, abstract, s, purpose=True, repeated=not once) or (
        _pain_treated(aim, abstract, s) if of_subject else "")
    if not found:
        return ""
    plain = simplify(found)  # "hypertension" is "high blood pressure", as in the rest of the entry
    return plain[:1].lower() + plain[1:] if found[:1].islower() else plain


# "patients undergoing hand assisted surgery" beside "hand assisted surgery compared with …": one arm of the trials.
_TAKING = re.compile(r"^\S+ (?:undergoing|receiving|having|given|taking|treated with|allocated to|randomi[sz]ed to) ")


def _an_arm(people: str, subject: str) -> bool:
    """Whether the people are named by the treatment itself: the people of one arm, not who the review was for."""
    m = _TAKING.match(people)
    if not m:
        return False
    low = subject.lower()
    return all(w in low for w in people[m.end():].lower().split() if len(w) > 3)


# "more venous leg ulcers were healed in the MPFF groups", "increased ulcer healing with IPC": what a treatment
# compared by how much healed was for.
# (Not "wound healing": a wound is often one outcome of several, as after childbirth, not what was treated.)
_HEALED = re.compile(r"\b(?P<x>(?:(?:venous|arterial|diabetic|pressure|chronic|leg|foot) ){0,3}ulcers)"
                     r" (?:were |was |had )?healed\b|"
                     r"\b(?P<y>(?:(?:venous|arterial|diabetic|pressure|chronic|leg|foot) ){0,3})ulcer healing\b")


def _healed(abstract: Abstract) -> str:
    """"venous leg ulcers": the ulcers whose healing the results count, the longest name the abstract gives, or
    ""."""
    if "ulcer" not in abstract.low:
        return ""
    names = [m.group("x") or f"{m.group('y')}ulcers" for m in _HEALED.finditer(abstract.low)]
    return max(names, key=len) if names else ""
