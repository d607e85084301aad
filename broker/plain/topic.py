"""What a review is about, in its own words: the treatment or exposure, and who it was for.

A Cochrane abstract has no title and no background: it opens with its results. Its
conclusion is where the authors name their subject again ("Interferon is effective …
in patients with chronic hepatitis C", "evidence that cerclage is …", "the effects of
nut consumption on …"), so the subject is read from there. A phrase is used only when
it is short, names something the abstract speaks of elsewhere too, points back at
nothing and holds no verb of its own, so it cannot garble; otherwise nothing is said.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

from broker.plain.jargon import unexplained
from broker.plain.kinds import CONTRAST
from broker.plain.people import (
    GROUP_WORDS,
    LEFT_OUT,
    LEFT_OUT_WORDS,
    NO_STUDY_DID,
    WHO_FIRST,
    told_already,
    who,
    who_elsewhere,
    wished_for,
    worth_saying,
)
from broker.plain.phrase import NOUN_TOO, VERB, head, tidy
from broker.plain.purpose import TREATMENT_OF
from broker.plain.purpose import purpose as what_for
from broker.plain.reading import Abstract, Sentence
from broker.plain.simplify import clean
from broker.plain.text import expand_acronyms, says
from broker.plain.topic_phrases import OF, VAGUE, before_link, candidates
from broker.plain.words import GROUPS

_MOST_WORDS = 14  # a longer subject is a clause, not a name for what was studied

# A phrase that names an outcome or the people, not what was given them: "serious side effects", "late morbidity",
# "patients treated at home …", "selected patients presenting to …"; or a clause cut loose: "during primary surgery
# … all attempts", "relative to a control intervention", "effective campaigns".
_NOT_A_TREATMENT = re.compile(
    r"^(?:(?:[\w-]+ ){0,2}(?:side[- ]effects?|adverse|illness|morbidity|mortality|deaths?|withdrawals?|length|"
    r"duration|accuracy|sensitivity|specificity|function|delay|rates?|risk|scores?)\b|"
    r"(?:selected |all |most |the )?(?:patients|people|participants|women|men|children|infants|babies|adults)\b|"
    r"(?:during|before|after|relative|regarding|effective|successful|implications|more|fewer|less)\b)|"
    r"\b(?:side[- ]effects?|adverse (?:effects?|events?)|implications for)\b|"
    # "Treatment effectiveness in younger people is unknown": how well treatment works, not a treatment
    r"^treatment (?:effectiveness|efficacy|benefits?|effects?|response|outcomes?|success|failure)\b")
# "a single dose immediately following surgery": a dose of nothing named is no subject (though "higher doses" may be
# what one was set against).
_DOSE_ONLY = re.compile(r"^(?:an? |the )?(?:single |one |first |second |higher |lower |daily |weekly )?(?:doses?|"
                        r"courses?|sessions?)\b(?! of\b)")
# Subjects that name no treatment: "This review …", "The evidence …", "Future trials …".
_GENERIC = re.compile(
    r"^(?:(?:the|this|these|our|current|available|present|existing|such|that|further|future|more|other|overall|"
    r"most|some|all|few|no|none|any|each|both|one|two|three|four|five|six|seven|eight|nine|ten|\d+|limited|"
    r"several|many|individual|small|large|larger|new|recent|included|published|systematic|updated|cochrane)"
    r"(?: [\w-]+){0,2} )?(?:reviews?|evidence|results?|findings|data|analys[ie]s|meta-analys[ie]s|stud(?:y|ies)|"
    r"trials?|authors?|number|quality|question|research|rcts?|literature|comparisons?|outcomes?|effects?|"
    r"differences?|certainty|conclusions?|investigators|researchers|update|information|body)\b|"
    r"^(?:there|we|it|they|this|these|those|its|their|our|he|she|overall|in|on|at|as|because|although|while|no|"
    r"whether|if|how|what|which|why|when|"
    r"not|none|"
    r"the different|different|from|to|of|by|for|with|"
    r"whilst|despite|however|but|and|or|if|when|given|based|due)\b")
_LEADING = re.compile(r"^(?:Although|Though|While|Whilst|Despite|Due to|Because of|Based (?:on|upon)|Given|Overall|"
                      r"In contrast to|Unlike|"
                      r"Across|In conclusion|In summary|Taken together|Compared (?:with|to)|In comparison with|"
                      r"At present|At this (?:time|stage|point)|At the moment|To date|Currently|For now|As|With)\b"
                      r"[^,]{0,160},\s*", re.I)
# "At this time, heliox treatment does not have a role …": a time, not a pointer back at something said before.
_NOW = re.compile(r"^At (?:this (?:time|stage|point)|the moment|present), ")
_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")
_REPORTS = re.compile(r"\b(?:studies|trials|study|trial|reported|found|showed|observed)\b")
# A number on its own ("a single 30 mg dose") needs what it measures; one inside a name ("2-D", "n-3") does not.
# "type 2 diabetes", "stage 3 disease": a number after "type" or "stage" is part of a name, not a measure.
_LOOSE_NUMBER = re.compile(r"(?<![\w*:-])(?<!type )(?<!stage )(?<!grade )(?<!class )(?<!phase )\d[\d.,]*(?![\w-])",
                           re.I)
# "Ibuprofen 400 mg": a medicine named with its dose, so the number says what it measures.
_DOSE = re.compile(r"^[A-Za-z][\w-]{3,} \d[\d.]* ?(?:mg|g|mcg|\u00b5g|micrograms?|milligrams?|IU)$")
# Words that name the evidence or the analysis, not a treatment, or open a clause rather than a name.
_NOT_A_THING = re.compile(r"\b(?:evidence|quality|certainty|subgroups?|analys[ie]s|(?<!risk )estimates?|consistency|"
                          r"data)\b|"
                          r"^(?:enough|considering|even|albeit|despite|given|because|due|although|whilst)\b")
_POINTER = re.compile(r"\b(?:these|those|this|such|it|its|they|their|them|the same|the former|the latter)\b", re.I)
# "… than voriconazole", "… compared with placebo", "… of similar efficacy to deferoxamine": what the subject was set
# against.
_AGAINST = re.compile(r"\b(?:than|over|versus|compared (?:with|to)|(?:superior|inferior|non-inferior|equivalent) to|"
                      r"(?:of )?similar (?:efficacy |effectiveness |benefit )?to) "
                      r"(?P<y>(?:[\w'-]+ ){0,4}?[\w'-]+)"
                      r"(?=[,;:.()]| (?:for|in|to|on|at|among|when|during|with|and|but|as|is|are|was|were|depending|"
                      r"according|regardless)\b|$)")


def _named_elsewhere(phrase: str, abstract: Abstract, sentence: Sentence) -> bool:
    """At least one word of the phrase is said in another sentence too: it is what the review is about."""
    whole, own = abstract.low, sentence.low  # said more often in the whole than in this sentence: said elsewhere
    return any((len(w) > 3 or w.isupper()) and whole.count(w.lower()) > own.count(w.lower())
               for w in _WORD.findall(phrase))


def _usable(phrase: str, abstract: Abstract, sentence: Sentence, extra: bool = False, purpose: bool = False) -> bool:
    """Whether a phrase can name what was studied (or, ``extra``, what it was for or set against).

    What it was for (``purpose``) is read from the authors' own "for the treatment of X", so
    X need not be said elsewhere: an abstract that opens at its results may name the
    illness only in its conclusion.
    """
    words = _WORD.findall(phrase)
    low = phrase.lower()
    if (len(words) == 1 and len(words[0]) < 5 and not words[0].isupper()) or (len(words) <= 2 and low.startswith(
            ("the ", "a ", "an "))):
        return False  # "high" names too little; "the vaccine" points at one named before
    if len(words) == 1 and (low in VAGUE or low.endswith(("ed", "ing", "al", "ive", "ous", "ic"))):
        return False  # "therapies", "heated": a word that names no particular thing
    if _REPORTS.search(low) or _NOT_A_THING.search(low) or ", " in phrase or (
            not extra and _NOT_A_TREATMENT.search(low)):
        return False  # "six studies reported …", "low-quality evidence", "even in the most conservative estimate, …"
    if not extra and (_PROCESS.match(phrase) or _DOSE_ONLY.match(low)):
        return False  # "demonstration of combination benefits": a process, not what was studied
    if unexplained(expand_acronyms(phrase, abstract.acronyms), abstract.low):
        return False  # "TCHP": an abbreviation the reader cannot know names nothing for them
    tail = _PURPOSE_TAIL.search(phrase)  # its own words, before what it was used to do
    cut = (tail.end() if tail.start() == 0 else tail.start()) if tail else len(phrase)
    own = _WORD.findall(phrase[:cut])
    return (1 <= len(words) <= _MOST_WORDS and not _GENERIC.match(low) and not _POINTER.search(low)
            and not _has_verb(own) and "(" not in phrase and ")" not in phrase
            and (not _LOOSE_NUMBER.search(phrase) or bool(_DOSE.match(phrase)))
            and (purpose or _named_elsewhere(phrase, abstract, sentence)))


def _has_verb(words: list[str]) -> bool:
    """Whether a phrase holds a verb of its own; a last word that is a noun as often ("breastfeeding support") is a
    noun there, since a phrase that names something ends on its noun. A word in capitals is an abbreviation ("IS",
    incentive spirometry), not the verb it spells."""
    last = len(words) - 1
    return any(w.lower() in VERB and not (n == last and n and w.lower() in NOUN_TOO)
               and not (len(w) > 1 and w.isupper()) for n, w in enumerate(words))


# "… used to prevent hamstring injuries": the verb of what it was for, not one of the phrase's own.
_PURPOSE_TAIL = re.compile(r" (?:used|designed|aimed|intended) to |^(?:interventions|strategies|programmes|programs|"
                           r"approaches|services)(?= to )", re.I)

def _fits(abstract: Abstract, s: Sentence) -> Callable[[str], str]:
    """How a phrase from sentence ``s`` may be said as what a treatment was for: in the source's case, or ""."""
    return lambda what: _case(what, abstract) if _usable(what, abstract, s, True, True) else ""


def _case(phrase: str, abstract: Abstract) -> str:
    """"Interferon" opening a sentence is "interferon" inside one; "Chinese" and "RCT" keep their capitals."""
    first = phrase.split(" ", 1)[0]
    return phrase if first[1:2].isupper() or _inside(first, abstract.text) else phrase[:1].lower() + phrase[1:]


def _inside(word: str, text: str) -> bool:
    """Whether the source writes the word, as cased, inside a sentence ("… with Chinese herbs").

    A plain search, not a pattern made for each word: made anew for every phrase, patterns cost more than the
    whole look (they overflow the module's cache of compiled patterns).
    """
    at = text.find(" " + word)
    while at > 0:
        after = at + 1 + len(word)
        if (text[at - 1].islower() or text[at - 1] in ",;") and not (after < len(text) and (
                text[after].isalnum() or text[after] == "_")):
            return True
        at = text.find(" " + word, at + 1)
    return False


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
        said = _named(abstract, s, [x for x in closing if x is not s], known)
        if said:
            return said
    return ""


_HARM_CLAIM = re.compile(r"\b(?:increas\w*|rais\w*|higher|greater) (?:the )?risks? of\b")


def other_subject(abstract: Abstract, conclusion: Sequence[Sentence], known: str = "") -> str:
    """What another of the authors' closing sentences names as its subject ("Catgut may increase short-term pain
    …"), when the main conclusion names none; only a subject said in other sentences too, as the thing studied is."""
    closing = [abstract.sentences[i] for i in abstract.conclusions]
    for s in closing:
        if s in conclusion or (s.leans and not _NOW.match(s.text)) or s.wish or s.digits:
            continue  # a closing sentence with figures is one more result
        text = _LEADING.sub("", _unframed(clean(s.text) or s.text), count=1)
        phrase = tidy(head(text))
        if (phrase and _usable(phrase, abstract, s) and _repeated(phrase, abstract, s) and not _OUTCOME.search(phrase)
                and not _PROCESS.match(phrase) and not (text.startswith(phrase) and runs_on(text, len(phrase)))):
            return _named(abstract, s, [x for x in closing if x is not s], known, first_only=True)
        # "There is currently no available evidence to determine the effect of eplerenone on …": what its "the effect
        # of" names, when its own subject names nothing.
        # A weaker place to look than the sentence's subject, so no short name is taken from it ("the use of HDR
        # ICBT" in advice beside a comparison of HDR and LDR).
        of = OF.search(text) if " of " in text else None
        phrase = tidy(before_link(of.group("x"))) if of else ""
        if (of and phrase and not _CAPITALS.search(phrase) and _usable(phrase, abstract, s)
                and _repeated(phrase, abstract, s) and not _OUTCOME.search(phrase) and not _PROCESS.match(phrase)
                and not runs_on(text, of.end("x"))):
            return _named(abstract, s, [x for x in closing if x is not s], known)
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
        found = _AGAINST.search(other.low)
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
# "Demonstration of combination benefits …": a process named by a noun, not the thing studied.
_PROCESS = re.compile(r"^(?:demonstration|implementation|evaluation|assessment|identification|development|"
                      r"introduction|investigation|examination|comparison|analysis|exploration)\b", re.I)


def _repeated(phrase: str, abstract: Abstract, sentence: Sentence) -> bool:
    """Every longer word of the phrase is said in other sentences, and one of them in at least two."""
    words = [w.lower() for w in _WORD.findall(phrase) if len(w) > 3 or w.isupper()]
    seen = [sum(w in s.low for s in abstract.sentences if s.index != sentence.index) for w in words]
    return bool(words) and min(seen) >= 1 and max(seen) >= 2


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


def _named(abstract: Abstract, s: Sentence, others: Sequence[Sentence], known: str = "",
           first_only: bool = False) -> str:
    """The subject one sentence names, with what it was for and who, or ""."""
    source = _EITHER_ASIDE.sub("", s.text) if ", either " in s.text else s.text
    text = _AT_DOSE.sub("", _unframed(clean(source) or source))
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
        if not _usable(phrase, abstract, s) or (text.startswith(phrase) and runs_on(text, len(phrase))):
            continue
        said = _case(phrase, abstract)
        found = _AGAINST.search(text)
        extra = tidy(found.group("y")) if found else ""
        # "cocoa compared with normotensive people": people are not what cocoa was set against
        if (extra and extra.rsplit(" ", 1)[-1].lower() not in GROUPS and _usable(extra, abstract, s, extra=True)
                and not _NOT_A_TREATMENT.search(extra.lower())  # "compared with the failure rate": an outcome
                and extra.lower() not in said.lower() and " compared with " not in said
                and not _set_against_another(phrase, extra, others)):
            said = f"{said} compared with {_case(extra, abstract)}"
        purpose = what_for(text, _fits(abstract, s))
        full = len(_WORD.findall(said)) > _MOST_WORDS  # no room for what it was for: counted once, not per sentence
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
            if what and what.rsplit(" ", 1)[-1].lower() not in GROUPS and _usable(what, abstract, other, True):
                purpose = f"for {_case(what, abstract)}"
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
                    and not says(LEFT_OUT, other.low, *LEFT_OUT_WORDS)
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
        for name in (f"{said}{purpose}{people}", f"{said}{purpose}", said, _case(phrase, abstract)):
            if len(_WORD.findall(name)) <= _MOST_WORDS + 6 + purpose.startswith(" to "):  # "to prevent X" is "for X"
                return name
        return _case(phrase, abstract)
    return ""


# "OA patients with …": an abbreviation worn as a label reads as a code, not as who the people were; "people with
# psoriasis receiving long-term treatment" are the people of one part of the question, not all it was about.
_LABEL = re.compile(r"^(?:[\w-]+ )?[A-Z]{2,}s? |\b(?:receiving|getting|given|treated|taking)\b")
# "people with chronic plaque psoriasis receiving long-term treatment with corticosteroids": the illness marks out all
# the people; the treatment they were getting marks out one part of the question, so it is cut off.
_TREATED_TAIL = re.compile(r"(?<=\S) (?:receiving|getting|given|treated|taking)\b.*$")


# Outcomes and measures: what another closing sentence may open with, but never what was studied.
_OUTCOME = re.compile(r"\b(?:satisfaction|adherence|compliance|knowledge|attitudes?|pain|recovery|healing|survival|"
                      r"response|diagnosis|accuracy|sensitivity|specificity|uptake|share|proportion|number|"
                      r"percentage|scores?|levels?|incidence|frequency|duration|time|costs?)\b", re.I)


def named(phrase: str, abstract: Abstract, sentence: Sentence, *, purpose: bool = False,
          repeated: bool = False) -> str:
    """The phrase in the case the source writes it, when it can name what was studied (``purpose``: what it was
    for) in plain words; otherwise "". With ``repeated``, only a phrase whose words other sentences say too, and that
    names no outcome: a weak place to look needs that much more."""
    if not phrase or not _usable(phrase, abstract, sentence, extra=purpose, purpose=purpose):
        return ""
    if repeated and (not _repeated(phrase, abstract, sentence) or _OUTCOME.search(phrase)):
        return ""
    if purpose and (_OUTCOME.search(phrase) or phrase.rsplit(" ", 1)[-1].lower() in GROUPS):
        return ""  # "treatments for pain", "therapies for patients": an outcome or people, not a condition
    return _case(phrase, abstract)

