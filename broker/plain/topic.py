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
from collections.abc import Iterator, Sequence

from broker.plain.jargon import unexplained
from broker.plain.people import WHO_FIRST, told_already, who, who_elsewhere, worth_saying
from broker.plain.phrase import VERB, head, tidy
from broker.plain.reading import Abstract, Sentence
from broker.plain.simplify import clean
from broker.plain.text import expand_acronyms
from broker.plain.words import GROUPS

_MOST_WORDS = 14  # a longer subject is a clause, not a name for what was studied

# One word that names no particular thing: "therapies", "interventions".
_VAGUE = frozenset(["therapy", "therapies", "treatment", "treatments", "intervention", "interventions", "drugs",
                    "drug", "programmes", "programs", "services", "approaches", "strategies", "methods", "care",
                    "patients", "people", "participants", "medicines", "medication", "medications", "procedures",
                    "benefit", "benefits", "harm", "harms", "effect", "effects", "evidence", "outcome", "outcomes",
                    "results", "use", "safety", "efficacy", "effectiveness", "provider", "providers", "extra",
                    "accuracy"])
# A phrase that names an outcome or the people, not what was given them: "serious side effects", "late morbidity",
# "patients treated at home …", "selected patients presenting to …"; or a clause cut loose: "during primary surgery
# … all attempts", "relative to a control intervention", "effective campaigns".
_NOT_A_TREATMENT = re.compile(
    r"^(?:(?:[\w-]+ ){0,2}(?:side[- ]effects?|adverse|illness|morbidity|mortality|deaths?|withdrawals?|length|"
    r"duration|accuracy|function|delay|rates?|risk)\b|(?:selected |all |most |the )?(?:patients|people|participants|"
    r"women|men|children|infants|babies|adults)\b|(?:during|before|after|relative|regarding|effective|successful|"
    r"implications)\b)|\b(?:side[- ]effects?|implications for)\b|"
    # "Treatment effectiveness in younger people is unknown": how well treatment works, not a treatment
    r"^treatment (?:effectiveness|efficacy|benefits?|effects?|response|outcomes?|success|failure)\b")
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
# "the effects of X on Y", "the role of X in Y", "the benefits of X for Y", "these few trials of X": X is the subject.
_OF = re.compile(r"\b(?:the )?(?:use|effects?|efficacy|effectiveness|benefits?|safety|role|place|value|administration|"
                 r"impact|provision|harms?|(?<!number of )(?:trials|studies)) of "
                 r"(?!the evidence|these|this|such|it\b|them\b|(?:any|all|each|some|none|"
                 r"either|both|most|many|one) of\b|(?:the )?(?:interventions?|"
                 r"treatments?)\b(?! (?:used|designed|aimed|intended) to\b))(?P<x>[^,;:.]{3,120})")
# "evidence that X reduces …", "uncertain whether X affects …", "evidence to support X", "benefit for X".
_THAT = re.compile(r"\b(?:evidence|suggests?|suggested|suggesting|shows?|showed|showing|found|indicates?|indicating|"
                   r"confirms?|conclude[sd]?|uncertain|"
                   r"unclear|not clear|not known|unknown|determine|perception|either way|confidence|confident|"
                   r"certain|sure)\b[^,;:.]{0,60}?\b(?:that|"
                   r"whether|if) (?P<x>[^;:.]{3,160})|\b(?:support(?:ing)?|refute|recommend|favou?r)(?: or refute)? "
                   r"(?:for )?(?:the use of |using |either )?(?P<y>[^,;:.]{3,120})|"
                   r"\b(?:benefit|evidence) for (?P<z>[^,;:.]{3,120})|\bbenefit from (?P<w>[^,;:.]{3,120})|"
                   # "The body of evidence on X compared with Y is limited", "any difference between X compared with Y"
                   r"\b(?:body of evidence|evidence base) (?:on|about) (?P<v>[^,;:.]{3,120})|"
                   r"\bdifferences? between (?P<u>[^,;:.]{3,80}?)(?= compared (?:with|to)| versus | vs\.? )")
# "no evidence that a clear difference exists between valproate and phenytoin for any of the outcomes": the two
# treatments compared are the subject.
_BETWEEN = re.compile(r"\bdifferences? (?:exists? |was found |were found )?between (?!the two\b|groups\b)"
                      r"(?P<x>[\w'-]+(?: [\w'-]+){0,2}) and (?P<y>[\w'-]+(?: [\w'-]+){0,2})"
                      r"(?= (?:for|in|on|at|with|when)\b|[,;:.]|$)")
_LEADING = re.compile(r"^(?:Although|Though|While|Whilst|Despite|Due to|Because of|Based (?:on|upon)|Given|Overall|"
                      r"In contrast to|Unlike|"
                      r"Across|In conclusion|In summary|Taken together|Compared (?:with|to)|In comparison with|"
                      r"At present|To date|Currently|For now|As|With)\b[^,]{0,160},\s*", re.I)
_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")
_REPORTS = re.compile(r"\b(?:studies|trials|study|trial|reported|found|showed|observed)\b")
# A number on its own ("a single 30 mg dose") needs what it measures; one inside a name ("2-D", "n-3") does not.
_LOOSE_NUMBER = re.compile(r"(?<![\w-])\d[\d.,]*(?![\w-])")
# "Ibuprofen 400 mg": a medicine named with its dose, so the number says what it measures.
_DOSE = re.compile(r"^[A-Za-z][\w-]{3,} \d[\d.]* ?(?:mg|g|mcg|\u00b5g|micrograms?|milligrams?|IU)$")
# Words that name the evidence or the analysis, not a treatment, or open a clause rather than a name.
_NOT_A_THING = re.compile(r"\b(?:evidence|quality|certainty|subgroups?|analys[ie]s|estimates?|consistency|data)\b|"
                          r"^(?:enough|considering|even|albeit|despite|given|because|due|although|whilst)\b")
_POINTER = re.compile(r"\b(?:these|those|this|such|it|its|they|their|them|the same|the former|the latter)\b", re.I)
# "… than voriconazole", "… compared with placebo": what the subject was set against.
_AGAINST = re.compile(r"\b(?:than|over|versus|compared (?:with|to)) (?P<y>(?:[\w'-]+ ){0,4}?[\w'-]+)"
                      r"(?=[,;:.()]| (?:for|in|to|on|at|among|when|during|with|and|but|as|is|are|was|were)\b|$)")
# "… for the treatment of fungal ulcers", "… in preventing falls": what the subject was used for.
_FOR = re.compile(r"\b(?:for|in) (?:the )?(?:symptomatic |short-term |long-term |acute )?(?:treatment|treating|"
                  r"prevention|preventing|management|managing|relief|relieving|control|controlling|reduction|"
                  r"reducing) (?:of |from )?(?P<what>(?:[\w'-]+ ){0,5}?[\w'-]+)"
                  r"(?=[,;:.()]| (?:and|but|in|among|who|which|when|compared|than|is|are|was|were|with|at|after)\b|$)|"
                  # "an effective treatment for PMS", "standard care for oesophageal carcinoma"
                  r"\b(?:an? |the )?(?:effective |safe |useful |standard |first-line |routine |suitable )?(?:treatment|"
                  r"therapy|care|option|analgesic|painkiller|medicine|drug|intervention|method) for "
                  r"(?P<what2>(?:[\w'-]+ ){0,5}?[\w'-]+)(?=[,;:.()]| (?:but|in|among|who|which|when|compared|than|"
                  r"is|are|was|were|with|at|after|based)\b|$)")


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
    if len(words) == 1 and (low in _VAGUE or low.endswith(("ed", "ing", "al", "ive", "ous", "ic"))):
        return False  # "therapies", "heated": a word that names no particular thing
    if _REPORTS.search(low) or _NOT_A_THING.search(low) or ", " in phrase or (
            not extra and _NOT_A_TREATMENT.search(low)):
        return False  # "six studies reported …", "low-quality evidence", "even in the most conservative estimate, …"
    if not extra and _PROCESS.match(phrase):
        return False  # "demonstration of combination benefits": a process, not what was studied
    if unexplained(expand_acronyms(phrase, abstract.acronyms), abstract.low):
        return False  # "TCHP": an abbreviation the reader cannot know names nothing for them
    tail = _PURPOSE_TAIL.search(phrase)  # its own words, before what it was used to do
    cut = (tail.end() if tail.start() == 0 else tail.start()) if tail else len(phrase)
    own = _WORD.findall(phrase[:cut])
    return (1 <= len(words) <= _MOST_WORDS and not _GENERIC.match(low) and not _POINTER.search(low)
            and not any(w.lower() in VERB for w in own) and "(" not in phrase and ")" not in phrase
            and (not _LOOSE_NUMBER.search(phrase) or bool(_DOSE.match(phrase)))
            and (purpose or _named_elsewhere(phrase, abstract, sentence)))


def _candidates(text: str) -> list[str]:
    """Phrases that may name the subject, most trusted first."""
    out = []
    if text.startswith(("Whether ", "If ")):
        out.append(head(text.split(" ", 1)[1]))  # "Whether routine calcitonin testing improves …"
    out.append(head(text))  # "Methylphenidate may show a benefit for apathy": its own subject first
    m = _THAT.search(text)
    between = _BETWEEN.search(text) if "between" in text else None
    # "between HDR and LDR ICBT": a first item shorter than the second may share its noun, so may name nothing alone.
    if between and len(between.group("x").split()) >= len(between.group("y").split()):
        out.append(f"{between.group('x')} compared with {between.group('y')}")
    if m:
        inner = m.group("x") or m.group("y") or m.group("z") or m.group("w") or m.group("v") or m.group("u")
        of = _OF.match(inner)
        inner = of.group("x") if of else inner
        out.append(head(inner) if m.group("x") else _before_link(inner))
    for m in _OF.finditer(text):
        out.append(_before_link(m.group("x")))
    treated = _TREATED.match(text)
    if treated:
        out.append(_before_link(treated.group("x")))  # "Patients treated with bicarbonate-buffered solutions may …"
    aimed = _AIMED.match(text)
    if aimed:  # "Interventions may increase cardiac rehabilitation enrolment, …": interventions to increase it
        out.append(f"{aimed.group('who')} to {aimed.group('verb')} {aimed.group('what')}")
    # "the use of other harm reduction aids": other than one named before; the subject is harm reduction aids.
    return [tidy(c[6:] if c.lower().startswith("other ") else c) for c in out if c]


# "Patients treated with X may …", "Children given X had …": X is what was studied, not the people.
_TREATED = re.compile(r"^(?:[\w-]+ )?(?:patients|people|participants|women|men|children|infants|babies|adults) "
                      r"(?:treated|managed|given|receiving|who received) (?:with )?(?P<x>[^,;:.]{3,80}?)"
                      r"(?= (?:may|might|can|could|had|have|has|were|was|are|is|did|do|showed|show)\b)", re.I)
_LINK = re.compile(r"\s+(on|in|for|among|to|when|during|compared|versus|with any|at|is|are|was|were|has|have|may|might|"
                   r"can|could|does|did|must|should|would|will|remains?|remained)\s")


# "… used to prevent hamstring injuries": the verb of what it was for, not one of the phrase's own.
_PURPOSE_TAIL = re.compile(r" (?:used|designed|aimed|intended) to |^(?:interventions|strategies|programmes|programs|"
                           r"approaches|services)(?= to )", re.I)
# A subject that names nothing alone, and what the authors say it may do: "Interventions may increase cardiac
# rehabilitation enrolment" is a review of interventions to increase it (whether they do is for the finding to say).
_AIMED = re.compile(r"^(?P<who>Interventions|Strategies|Programmes|Programs|Approaches|Services) (?:may|might|can|"
                    r"could|probably|appear to|seem to) (?P<verb>increase|improve|reduce|prevent|promote|lower|raise) "
                    r"(?P<what>(?:[\w'-]+ ){0,4}?[\w'-]+)(?=[,;:.()]| (?:and|but|in|among|for|when|with|by)\b|$)")
_USED = re.compile(r"^[\w-]+ (?:used|designed|aimed|intended)$")


def _before_link(phrase: str) -> str:
    """"pentoxifylline" in "pentoxifylline for intermittent claudication is …": the thing, before what it is for.

    A single word that names too little alone ("screening") keeps what it is for
    ("screening for lung cancer").
    """
    m = _LINK.search(phrase)
    if not m:
        return phrase
    head = phrase[:m.start()]
    # "interventions used to prevent hamstring injuries": what they were for is what names them
    head = head.rsplit(" ", 1)[0] if m.group(1) == "to" and _USED.search(head) else head
    if " " not in head and (head.lower() in _VAGUE or head.endswith("ing")) and m.group(1) in ("for", "in", "to"):
        rest = _LINK.search(phrase, m.end())
        return phrase[:rest.start()] if rest else phrase
    return head


def _case(phrase: str, abstract: Abstract) -> str:
    """"Interferon" opening a sentence is "interferon" inside one; "Chinese" and "RCT" keep their capitals."""
    first = phrase.split(" ", 1)[0]
    if first[1:2].isupper() or re.search(r"[a-z,;] " + re.escape(first) + r"\b", abstract.text):
        return phrase
    return phrase[:1].lower() + phrase[1:]


def subject(abstract: Abstract, conclusion: Sequence[Sentence], known: str = "") -> str:
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
        said = _named(abstract, s, [x for x in closing if x is not s], known)
        if said:
            return said
    return ""


def other_subject(abstract: Abstract, conclusion: Sequence[Sentence], known: str = "") -> str:
    """What another of the authors' closing sentences names as its subject ("Catgut may increase short-term pain
    …"), when the main conclusion names none; only a subject said in other sentences too, as the thing studied is."""
    closing = [abstract.sentences[i] for i in abstract.conclusions]
    for s in closing:
        if s in conclusion or s.leans or s.wish or s.digits:
            continue  # a closing sentence with figures is one more result
        text = _LEADING.sub("", clean(s.text) or s.text, count=1)
        phrase = tidy(head(text))
        if (phrase and _usable(phrase, abstract, s) and _repeated(phrase, abstract, s) and not _OUTCOME.search(phrase)
                and not _PROCESS.match(phrase)):
            return _named(abstract, s, [x for x in closing if x is not s], known, first_only=True)
    return ""


# "Demonstration of combination benefits …": a process named by a noun, not the thing studied.
_PROCESS = re.compile(r"^(?:demonstration|implementation|evaluation|assessment|identification|development|"
                      r"introduction|investigation|examination|comparison|analysis|exploration)\b", re.I)


def _repeated(phrase: str, abstract: Abstract, sentence: Sentence) -> bool:
    """Every longer word of the phrase is said in other sentences, and one of them in at least two."""
    words = [w.lower() for w in _WORD.findall(phrase) if len(w) > 3 or w.isupper()]
    seen = [sum(w in s.low for s in abstract.sentences if s.index != sentence.index) for w in words]
    return bool(words) and min(seen) >= 1 and max(seen) >= 2


def _with_clause_before(text: str, leading: re.Match[str] | None, first_only: bool) -> Iterator[tuple[str, str]]:
    """Candidate subjects with the clause each came from: the main clause's first, then the leading clause's."""
    for c in _candidates(text)[:1] if first_only else _candidates(text):
        yield c, text
    if leading and not first_only:  # looked at only when the main clause names nothing usable
        before = leading.group(0).split(" ", 1)[1].rstrip(", ")
        for c in _candidates(before)[1:]:
            yield c, before


def _named(abstract: Abstract, s: Sentence, others: Sequence[Sentence], known: str = "",
           first_only: bool = False) -> str:
    """The subject one sentence names, with what it was for and who, or ""."""
    text = clean(s.text) or s.text
    people = ""
    m = WHO_FIRST.match(text)
    if m:
        people, text = m.group("who"), text[m.end():]
    leading = _LEADING.match(text)
    text = text[leading.end():] if leading else text
    # "Whilst the data may suggest the potential use of appetite stimulants …, this …": when the main clause names
    # nothing, the clause before it may.
    clause = text
    for phrase, text in _with_clause_before(clause, leading, first_only):
        if not _usable(phrase, abstract, s):
            continue
        said = _case(phrase, abstract)
        found = _AGAINST.search(text)
        extra = tidy(found.group("y")) if found else ""
        # "cocoa compared with normotensive people": people are not what cocoa was set against
        if (extra and extra.rsplit(" ", 1)[-1].lower() not in GROUPS and _usable(extra, abstract, s, extra=True)
                and not _NOT_A_TREATMENT.search(extra.lower())  # "compared with the failure rate": an outcome
                and extra.lower() not in said.lower()):
            said = f"{said} compared with {_case(extra, abstract)}"
        purpose = _purpose(text, abstract, s)
        for other in others:
            if purpose or len(_WORD.findall(said)) > _MOST_WORDS:
                break
            if phrase.lower() in other.low:  # what another sentence says it was for, only where it names it too
                purpose = _purpose(clean(other.text) or other.text, abstract, other)
        # "… probiotics for the prevention of radiotherapy-related diarrhoea" said among the results: what it was
        # for, in the plainest form only ("for the treatment of", "to prevent"), where the closing sentences say not.
        for other in abstract.sentences:
            if purpose or len(_WORD.findall(said)) > _MOST_WORDS:
                break
            if other.index not in abstract.conclusions and not other.stats and phrase.lower() in other.low:
                purpose = _purpose(clean(other.text) or other.text, abstract, other, plainest=True)
        purpose = f" {purpose}" if purpose and purpose.split(" ", 1)[1].lower() not in said.lower() else ""
        people = people if worth_saying(people) else who(text)
        for other in others:  # "… decreases late-onset sepsis in preterm infants": another closing sentence on it
            if worth_saying(people):
                break
            if (not _PEOPLE_WORDS.isdisjoint(other.tokens) and not (other.wish or other.stats)
                    and all(w.lower() in other.low for w in _WORD.findall(phrase)[:2])):
                named = who(clean(other.text) or other.text)
                people = named if named and not unexplained(named, abstract.low) and not _LABEL.search(named) else ""
        people = people if worth_saying(people) else who_elsewhere(abstract, s, others)
        told = f"{said}{purpose} {known}"
        people = f" in {people}" if worth_saying(people) and not told_already(people, told) else ""
        if people and purpose and all(w.lower() in people.lower() for w in _WORD.findall(purpose)[1:]):
            people = ""  # "massage for LBP in people with sub-acute and chronic LBP": said twice, and narrower
        # Too long a name is no name: who goes first, then what it was for, then what it was set against.
        for name in (f"{said}{purpose}{people}", f"{said}{purpose}", said, _case(phrase, abstract)):
            if len(_WORD.findall(name)) <= _MOST_WORDS + 6:
                return name
        return _case(phrase, abstract)
    return ""


_PEOPLE_WORDS = frozenset([*GROUPS, "adult", "adults"])
# "OA patients with …": an abbreviation worn as a label reads as a code, not as who the people were; "people with
# psoriasis receiving long-term treatment" are the people of one part of the question, not all it was about.
_LABEL = re.compile(r"^(?:[\w-]+ )?[A-Z]{2,}s? |\b(?:receiving|getting|given|treated|taking)\b")
# "… to prevent shoulder dystocia", "… to promote recovery after stroke": what the subject was given for; not
# "appears to reduce stroke", which is a finding.
_TO = re.compile(r"(?<!appears )(?<!appear )(?<!appeared )(?<!seems )(?<!seem )(?<!likely )(?<!shown )(?<!found )"
                 r"(?<!able )(?<!tends )(?<!tend )(?<!tended )(?<!failed )(?<!fail )(?<!fails )(?<!unlikely )"
                 r"\bto (?P<verb>prevent|treat|reduce|relieve|control|manage|promote|improve|speed|shorten|"
                 r"induce|stop|aid) (?P<what>(?:[\w'-]+ ){0,5}?[\w'-]+)(?=[,;:.()]| (?:and|but|in|among|who|"
                 r"which|when|compared|than|is|are|was|were|with|at|by|or|during|should|may|might|can|could|"
                 r"remains?|has|have)\b|$)")


def _purpose(text: str, abstract: Abstract, s: Sentence, plainest: bool = False) -> str:
    """"for fungal ulcers", "to prevent shoulder dystocia": what the subject was used for, or "".

    ``plainest`` takes only "for the treatment of X" and "to prevent X", not "a treatment for X".
    """
    found = _FOR.search(text)
    if found and ((plainest and not found.group("what")) or _AN_ARM.search(found.group(0))):
        found = None  # "in the treatment group" names an arm of a trial, not what the treatment was for
    if found:
        what = tidy(found.group("what") or found.group("what2"))
        if what and what.rsplit(" ", 1)[-1].lower() not in GROUPS and _usable(what, abstract, s, True, True):
            return f"for {_case(what, abstract)}"
    found = _TO.search(text)
    if found:
        what = tidy(found.group("what"))
        if (what and what.rsplit(" ", 1)[-1].lower() not in GROUPS and _usable(what, abstract, s, True, True)
                and not _VAGUE_AIM.search(what.lower())):
            return f"to {found.group('verb')} {_case(what, abstract)}"
    return ""


_AN_ARM = re.compile(r"\b(?:groups?|arms?)$")
# "to improve outcomes", "to reduce the risk": an aim that names nothing in particular.
_VAGUE_AIM = re.compile(r"^(?:the )?(?:outcomes?|risks?|results?|symptoms|harms?|effects?|it|them|this|these)\b|"
                        r"\bthe (?:disease|condition|illness|disorder|problem)\b")


# Outcomes and measures: what another closing sentence may open with, but never what was studied.
_OUTCOME = re.compile(r"\b(?:satisfaction|adherence|compliance|knowledge|attitudes?|pain|recovery|healing|survival|"
                      r"response|diagnosis|accuracy|sensitivity|specificity|uptake|share|proportion|number|"
                      r"percentage|scores?|levels?|incidence|frequency|duration|time|costs?)\b", re.I)


# "Three randomised controlled trials were found examining oral antidepressant medications in Parkinson's disease in
# a total of 106 patients": the sentence that counts all the review's studies says what they all examined.
_COUNTED_ABOUT = re.compile(r"\b(?:examining|evaluating|studying|investigating|assessing|testing|(?:that|which) "
                            r"(?:evaluated|examined|investigated|assessed|tested|studied))\s+(?:the (?:effects?|"
                            r"efficacy|effectiveness|use) of\s+)?(?P<x>[^,;:()]{3,100}?)(?=\s*[,;:.]|\s+(?:in a total|"
                            r"with a total|involving|including|totalling|enrolling|and (?:were|was|met)|were|was|"
                            r"met)\b|"
                            r"\s*$)")


def counted_subject(abstract: Abstract, sentence: Sentence) -> str:
    """What all of a review's studies examined, from the sentence that counts them, or ""."""
    m = _COUNTED_ABOUT.search(sentence.text)
    if not m:
        return ""
    phrase = tidy(m.group("x"))
    return _case(phrase, abstract) if phrase and _usable(phrase, abstract, sentence) else ""
