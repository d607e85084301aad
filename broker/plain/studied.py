"""What was studied: the question, the treatment or service, and who took part.

Taken from the source's own words: a sentence that says what the study set out to do,
compared or followed, and, for a review, how many studies and people it brought
together (``counts`` says, only where the source states the review's total). Cochrane
abstracts often open with their results, so a review's subject may have to come from the
comparison it names or the words of its conclusion; the item's title says what it was for
where the abstract does not (``titled``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from broker.models import StudyType
from broker.plain.acronyms import expand_acronyms
from broker.plain.compared import COMPARISON, compared_in, part_of, set_against
from broker.plain.counts import included, mentions_studies
from broker.plain.design import LEAST_DESIGN, as_told, design_score
from broker.plain.jargon import meaning_of
from broker.plain.kept import numbers
from broker.plain.people import GROUP_WORDS, told_already, who_elsewhere, worth_saying
from broker.plain.phrase import VERB
from broker.plain.reading import Abstract, Sentence
from broker.plain.scope import (
    KINDS,
    aimed_subject,
    counted_subject,
    evaluated_subject,
    listed_subject,
    purposed_subject,
    summed_subject,
    wished_subject,
)
from broker.plain.simplify import plain_sentences, simplify
from broker.plain.some_studies import TESTED, others_too, some_only
from broker.plain.starts import by_letters
from broker.plain.text import mentions, word_tokens
from broker.plain.titled import with_title
from broker.plain.topic import other_subject, subject
from broker.plain.topic_whom import with_people_named_twice, with_whom
from broker.plain.turns import in_turn

STUDIED_WORDS = 46
_BESIDE_SUBJECT = 20

# "We found no studies that satisfied the inclusion criteria": a review that found nothing to review; not "No new
# trials were included for the 2017 update", which says nothing of the trials included before.
_NONE_FOUND = by_letters(r"\ball (?:were|was|of (?:them|these) were) excluded\b|"
                         r"\b(?:found|identified|included|retrieved|located) no (?!new\b|additional\b|further\b|more\b|"
                         r"other\b|recent\b)(?:[\w-]+ ){0,3}(?:studies|trials|rcts)\b|"
                         r"\bno (?!new\b|additional\b|further\b|more\b|other\b|recent\b)(?:[\w-]+ ){0,3}(?:studies|"
                         r"trials|rcts) (?:were|was|met|satisfied|fulfilled|(?:were )?identified|(?:were )?found|"
                         r"(?:were )?eligible)\b|\bnone (?:were|was) (?:relevant|eligible)\b|"
                         r"\bno (?!new\b|additional\b|further\b)(?:[\w-]+ ){0,3}(?:studies|trials|rcts) (?:that )?"
                         r"(?:met|satisfied|fulfilled)\b")

_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")
_TWO_VERBS = re.compile(r"^[^,;()]*\b(?:studies|trials|rcts) compared\b[^,;.()]* (?:were|was) (?:identified|found|"
                        r"included|retrieved|located)\b")
_THIS_COMPARISON = by_letters(r"\b(?:this|these) (?:comparisons?|interventions?|approach(?:es)?)\b")


@dataclass(frozen=True)
class Studied:
    """The part's text, the source sentences it used, and how many studies a review counted (if it said)."""

    text: str
    used: tuple[Sentence, ...]
    studies: int | None


def what_was_studied(abstract: Abstract, title: str, kind: StudyType, allowed: set[str],
                     conclusion: Sequence[Sentence] = ()) -> Studied:
    """The "What was studied" part; empty when the source gives nothing to say it with.

    A review opens with how many studies and people it brought together, then the
    comparison it names, or failing that the subject its conclusion names ("the effects
    of …"). Other studies use the source's own sentence on what was set out, compared or
    followed.
    """
    sents = abstract.sentences
    total = included(sents)
    if total is None and any(_NONE_FOUND.search(s.low) for s in sents[:2]):
        topic = compared_in(sents)[0] or _about(abstract, conclusion) or with_whom(
            _plain_topic(wished_subject(abstract) or purposed_subject(abstract), abstract), abstract, conclusion)
        about = f" of {topic}" if topic else ""
        return Studied(f"This review looked for studies{about}, but found none that it could use.", tuple(sents[:1]), 0)
    scope, studies, scope_sentence = (total.text, total.studies, total.sentence) if total else ("", None, None)
    review = kind.key == "systematic-review" or total is not None or mentions_studies(sents)
    early = [s for s in sents if s.index not in abstract.conclusions and s.index < max(3, len(sents) // 2)]
    ranked = sorted(((design_score(s, abstract.conclusions), s) for s in early), key=lambda t: (-t[0], t[1].index))
    said: list[str] = []
    used: list[Sentence] = []
    # What the methods say all the studies set out to test is the review's own statement of its subject.
    aimed = _plain_topic(aimed_subject(abstract), abstract) if review else ""
    # Verdicts on several treatments in turn ("no evidence to support CDP571 …", "Adalimumab … is effective …"): the
    # first one's treatment is not what the whole review was about.
    several = sum(in_turn(conclusion[0], c) for c in conclusion[1:]) >= 2
    comparison: list[str] = []  # the comparison the review names, looked for once and only if needed

    def compares() -> str:
        if not comparison:
            comparison.append(compared_in(sents, studies)[0])
        return comparison[0]

    about = (summed_subject(abstract) or ("" if several else _about(abstract, conclusion, scope, harms=False))
             if review else "")
    if aimed and about and _NAMES_WHOM.search(aimed) and not _NAMES_WHOM.search(about):
        about = aimed  # "orientation programs for cancer patients", not the conclusion's "orientation interventions"
    if review and not about and not compares():
        about = _about(abstract, conclusion, scope, other=True)
    if review and not about and scope_sentence is not None and not compares():
        about = _plain_topic(counted_subject(abstract, scope_sentence), abstract)
    if review and not about and not several and not compares():
        about = _about(abstract, conclusion, scope)  # a harm told beside the verdict, when nothing else names it
    some = bool(about) and (some_only(about, abstract, scope_sentence, studies) or (bool(scope) and others_too(
        abstract)))
    for score, s in ranked[:3]:
        if score < LEAST_DESIGN:
            break
        if review and not (COMPARISON.search(s.text) or TESTED.search(s.text)):
            continue  # a review's own sentence must name what it compared, not just count
        if about and part_of(s, studies):
            continue  # "Two trials compared X with Y" is not what all 36 trials were about
        if _TWO_VERBS.search(s.low):
            continue  # "Nine studies compared X with Y were identified": garbled in the source, garbled told again
        if _THIS_COMPARISON.search(s.low):
            continue  # "… Resin-based fissure sealants compared with fluoride varnishes Four trials evaluated this
            # comparison": it leans on a heading run into it, and told whole it reads garbled
        if review and scope and " of which " in s.low:
            continue  # "We identified 45 trials, of which eight trials … comparing X to Y, were included": two counts
        pieces = plain_sentences(as_told(s.text), allowed, abstract.acronyms)
        # Beside a count of studies and a named subject, only a short sentence of the review's own adds enough.
        most = _BESIDE_SUBJECT if review and about and scope else STUDIED_WORDS
        if len(pieces) > 1 and min(len(p.split()) for p in pieces) < 5:
            continue  # "… a combination of the same antibiotic. One other, were included.": cut into a fragment
        if pieces and sum(len(p.split()) for p in pieces) <= most:
            said, used = pieces, [s]
            break
    if review and not about and not said and aimed:
        about = aimed  # no sentence of its own names a comparison: what the methods say the studies set out to test
    if review and not about and not said and not compares():
        about = _plain_topic(purposed_subject(abstract) or evaluated_subject(abstract) or listed_subject(abstract)
                             or _wished_unless_titled(abstract, title), abstract)
    if review and not said and about and " compared with " not in about:
        about = set_against(about, abstract)
    if review and not said:
        # "catgut compared with synthetic stitches", "anti-TNF-α agents": who they were for, where the abstract says,
        # or else the item's title ("… for epilepsy"); with no subject at all but a count, the title is the subject
        # (with no count either, the entry says what the item is, who it is from and its title, in quotes)
        about = _whom(about, abstract, conclusion, scope, title) if (about or (scope and not compares())) else about
    if review and not (used and used[0] is scope_sentence):
        whom = (lambda compared: _whom(compared, abstract, conclusion, scope, title)) if not said else None
        said = [*_review_opening(scope, about, bool(said) and _says(said, about), sents, studies, some, whom), *said]
        if scope_sentence is not None and scope:
            used.insert(0, scope_sentence)
        if used and used[-1] is not scope_sentence:
            said.extend(_who_took_part(said, abstract, conclusion))
    if not said and not review and conclusion:
        # No sentence of its own on what it set out to do: the subject its conclusion names will say it.
        about = _about(abstract, conclusion, scope)
        if about[:4].lower() == "the " and len(about.split()) <= 3 and abstract.low.count(about.lower()) < 2:
            about = ""  # "the structural change", named only in the conclusion: which change? The title will say.
        said = [f"This research looked at {about}."] if about else []
    while len(" ".join(said).split()) > STUDIED_WORDS and len(said) > 1:
        said.pop()
    text = " ".join(said)
    return Studied(text if numbers(text) <= allowed else "", tuple(used), studies)


def _wished_unless_titled(abstract: Abstract, title: str) -> str:
    """What the authors want more research on, unless it names only a kind of treatment ("interventions for children
    with DCD") and the title names the treatment itself ("Task-oriented interventions for …")."""
    wished = wished_subject(abstract)
    if wished.split(" ", 1)[0].lower() in KINDS and with_title("", title, abstract):
        return ""
    return wished


def _review_opening(scope: str, about: str, named: bool, sents: Sequence[Sentence], studies: int | None,
                    some: bool = False, whom: Callable[[str], str] | None = None) -> list[str]:
    """"This review looked at 9 trials with 489 people. It was about X in Y.", each part only if the source says it.

    ``about`` is the subject the conclusion names; failing that, the comparison the
    review names, and a comparison that only some of its studies made says so.
    ``named`` is whether the review's own sentence, said next, names its subject already;
    ``whom`` adds who a comparison all the studies made was for.
    """
    said = [f"This review looked at {scope}."] if scope else []
    if named:
        return said
    if about and some:
        said.append(f"Some of the studies looked at {about}.")  # not "It was about …": only some of them were
    elif about:
        said.append(f"It was about {about}." if scope else f"This review looked at {about}.")
    else:
        compared, part = compared_in(sents, studies)
        if compared and part:
            # Without the review's total, "Eighteen of the studies" would hint at more than the source says.
            said.append(f"{part[:1].upper()}{part[1:]} {'of the ' if studies else ''}studies compared {compared}.")
        elif compared:
            compared = whom(compared) if whom else compared
            said.append(f"It was about {compared}." if scope else f"This review looked at {compared}.")
    return said


def _who_took_part(said: Sequence[str], abstract: Abstract, conclusion: Sequence[Sentence]) -> list[str]:
    """"The studies were in adults with insomnia symptoms.": who took part, where the review's own sentence on what
    its studies looked at names no people, and the authors' closing sentences (or its opening ones) do."""
    told = " ".join(said)
    if not GROUP_WORDS.isdisjoint(word_tokens(_COUNT.sub("", told).lower())):
        return []
    people = who_elsewhere(abstract, conclusion[0] if conclusion else abstract.sentences[0], conclusion)
    return [f"The studies were in {people}."] if worth_saying(people) and not told_already(people, told) else []


_COUNT = re.compile(r"^This review looked at [^.]*\.")


def _whom(subject: str, abstract: Abstract, conclusion: Sequence[Sentence], scope: str, title: str) -> str:
    """The subject with whom or what it was for: from the abstract's closing or opening sentences, else the title,
    else the people two sentences name alike."""
    said = with_title(with_whom(subject, abstract, conclusion, scope), title, abstract)
    return with_people_named_twice(said, abstract, scope) if said == subject else said


# A subject that says what it was for or in whom: "… for cancer patients", "… to improve retention of …".
_NAMES_WHOM = re.compile(r" (?:for|in|among|to (?:improve|reduce|prevent|increase|promote|treat)) ")


def _says(said: Sequence[str], about: str) -> bool:
    """Whether the review's own sentence already names the subject (or there is none to name)."""
    low = " ".join(said).lower()
    return not about or all(w.lower() in low for w in _WORD.findall(about) if len(w) > 3)


def _about(abstract: Abstract, conclusion: Sequence[Sentence], known: str = "", other: bool = False,
           harms: bool = True) -> str:
    """What the review's conclusion is about, in everyday words: "interferon in people with chronic hepatitis C".

    Without ``harms``, a harm told beside the verdict ("Aspirin probably slightly increased the risk of …") is not
    read for it: it names one of the treatments, where another sentence may name them all.
    """
    found = other_subject(abstract, conclusion, known) if other else subject(abstract, conclusion, known, harms)
    return _plain_topic(found, abstract)


_ADJECTIVE_GERUND = re.compile(r"\b(?:early|late|delayed|immediate|routine|[a-z0-9]+-[a-z]+) (?:starting|stopping|"
                               r"giving|using|taking)\b", re.I)


def _plain_topic(topic: str, abstract: Abstract) -> str:
    """A subject in everyday words, in the case the source writes it."""
    if not topic:
        return ""
    if " monotherapy" in topic and _ADDED_TOO.search(abstract.low):
        # "oral corticosteroids as a monotherapy" when four of five trials added them to antibiotics: what the
        # verdict is about, not what the review was about
        topic = _MONOTHERAPY.sub("", topic)
    written = _spelled_out(topic, abstract)
    plain = simplify(expand_acronyms(written, abstract.acronyms)).replace(" + ", " plus ")  # "X + Y" is "X plus Y"
    if (not plain.isascii() or mentions(plain.lower(), _GERUNDS)) and _ADJECTIVE_GERUND.search(plain):
        return ""  # "early or CD4-guided initiation of ART" made "… CD4-guided starting ART": garbled, so say less
    first = plain.split(" ", 1)[0]
    # "ES" spelled out is "Electrostimulation", which the source writes "electrostimulation" inside a sentence.
    spelled = first != topic.split(" ", 1)[0] and first[1:].islower() and f" {first.lower()}" in abstract.low
    return plain[:1].lower() + plain[1:] if topic[:1].islower() or spelled or written != topic else plain


_GERUNDS = (" starting", " stopping", " giving", " using", " taking")  # one of which _ADJECTIVE_GERUND needs
_MONOTHERAPY = re.compile(r",? as (?:a )?monotherapy\b")
_ADDED_TOO = by_letters(r"\b(?:adjunct(?:ive)?|in combination with|in addition to|added to|as an add-on)\b")
_LEADING_LETTERS = re.compile(r"^([A-Z]{2,5}) ")


def _spelled_out(topic: str, abstract: Abstract) -> str:
    """"IS to reduce lung complications …" as "incentive spirometry to reduce …": a subject that opens with letters
    that spell an everyday word ("It was about IS …" reads as a slip) and that the abstract never spells out is said
    by the words they stand for, where a meaning known for its sense begins with them ("incentive spirometry, a
    device that …"); the letters are explained where the finding uses them."""
    m = _LEADING_LETTERS.match(f"{topic} ")
    if not m or m.group(1).lower() not in VERB or m.group(1) in abstract.acronyms:
        return topic
    found = meaning_of(m.group(1), abstract.low)
    name = found[0].split(", ", 1)[0] if found else ""
    initials = "".join(w[0] for w in name.replace("-", " ").split()).upper()
    return name + topic[len(m.group(1)):] if initials == m.group(1) else topic


