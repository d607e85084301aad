"""Whether a phrase can name what a review studied: short, said elsewhere, no verb of its own, not an outcome.

``topic`` and ``topic_phrases`` find the phrases a closing sentence may name its subject with;
this module judges each one, so that a phrase which could garble, point back at nothing or
name the evidence rather than a treatment is never said. Split from ``topic``, which
decides where to look.
"""

from __future__ import annotations

import re

from broker.plain.acronyms import expand_acronyms
from broker.plain.jargon import unexplained
from broker.plain.phrase import NOUN_TOO, VERB
from broker.plain.reading import Abstract, Sentence
from broker.plain.starts import by_letters
from broker.plain.text import mentions
from broker.plain.topic_phrases import VAGUE
from broker.plain.words import GROUPS

_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")

MOST_WORDS = 14  # a longer subject is a clause, not a name for what was studied

# A phrase that names an outcome or the people, not what was given them: "serious side effects", "late morbidity",
# "patients treated at home …", "selected patients presenting to …"; or a clause cut loose: "during primary surgery
# … all attempts", "relative to a control intervention", "effective campaigns".
NOT_A_TREATMENT = re.compile(
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
_REPORTS = by_letters(r"\b(?:studies|trials|study|trial|reported|found|showed|observed)\b")


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
# What _NOT_A_THING needs: one of its words, or a sentence opened by one of the others.
_THING_WORDS = ("evidence", "quality", "certainty", "subgroup", "analys", "estimate", "consistency", "data")
_THING_OPENINGS = ("enough", "considering", "even", "albeit", "despite", "given", "because", "due", "although",
                   "whilst")
_DOSE_WORDS = ("dose", "course", "session")  # one of which _DOSE_ONLY needs


def _not_a_thing(low: str) -> bool:
    """Whether _NOT_A_THING finds something in a phrase (in lower case), tried only where a word it needs is there:
    asked of every phrase weighed, most of which hold none."""
    return (mentions(low, _THING_WORDS) or low.startswith(_THING_OPENINGS)) and bool(_NOT_A_THING.search(low))


_POINTER = re.compile(r"\b(?:these|those|this|such|it|its|they|their|them|the same|the former|the latter)\b", re.I)


_QUANTITY = frozenset(["very", "few", "many", "most", "some", "several", "all", "none", "more", "less", "fewer", "much",
                       "little", "only", "a", "the", "of", "them", "these", "those", "both", "each", "half"])


def _named_elsewhere(words: list[str], abstract: Abstract, sentence: Sentence) -> bool:
    """At least one of the phrase's words is said in another sentence too: it is what the review is about."""
    whole, own = abstract.low, sentence.low  # said more often in the whole than in this sentence: said elsewhere
    return any((len(w) > 3 or w.isupper()) and whole.count(w.lower()) > own.count(w.lower()) for w in words)


def usable(phrase: str, abstract: Abstract, sentence: Sentence, extra: bool = False, purpose: bool = False) -> bool:
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
    if low.startswith("that ") or _QUANTITY.issuperset(w.lower() for w in words):
        return False  # "that services use everyday words": a clause, not a name; "very few": how many, of nothing
    if len(words) == 1 and (low in VAGUE or low.endswith(("ed", "ing", "al", "ive", "ous", "ic"))):
        return False  # "therapies", "heated": a word that names no particular thing
    if _REPORTS.search(low) or _not_a_thing(low) or ", " in phrase or (
            not extra and NOT_A_TREATMENT.search(low)):
        return False  # "six studies reported …", "low-quality evidence", "even in the most conservative estimate, …"
    if not extra and (PROCESS.match(phrase) or (mentions(low, _DOSE_WORDS) and _DOSE_ONLY.match(low))):
        return False  # "demonstration of combination benefits": a process, not what was studied
    if unexplained(expand_acronyms(phrase, abstract.acronyms), abstract.low):
        return False  # "TCHP": an abbreviation the reader cannot know names nothing for them
    tail = _PURPOSE_TAIL.search(phrase) if " to " in low else None  # its own words, before what it was used to do
    cut = (tail.end() if tail.start() == 0 else tail.start()) if tail else len(phrase)
    own = _WORD.findall(phrase[:cut]) if tail else words  # no tail: its own words are all its words
    return (1 <= len(words) <= MOST_WORDS and not _GENERIC.match(low) and not _POINTER.search(low)
            and not _has_verb(own) and "(" not in phrase and ")" not in phrase
            and (not _LOOSE_NUMBER.search(phrase) or bool(_DOSE.match(phrase)))
            and (purpose or _named_elsewhere(words, abstract, sentence)))


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


def case(phrase: str, abstract: Abstract) -> str:
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


# "Demonstration of combination benefits …": a process named by a noun, not the thing studied.
PROCESS = re.compile(r"^(?:demonstration|implementation|evaluation|assessment|identification|development|"
                      r"introduction|investigation|examination|comparison|analysis|exploration)\b", re.I)


def repeated_elsewhere(phrase: str, abstract: Abstract, sentence: Sentence) -> bool:
    """Every longer word of the phrase is said in other sentences, and one of them in at least two."""
    words = [w.lower() for w in _WORD.findall(phrase) if len(w) > 3 or w.isupper()]
    seen = [sum(w in s.low for s in abstract.sentences if s.index != sentence.index) for w in words]
    return bool(words) and min(seen) >= 1 and max(seen) >= 2


# Outcomes and measures: what another closing sentence may open with, but never what was studied.
OUTCOME = re.compile(r"\b(?:satisfaction|adherence|compliance|knowledge|attitudes?|pain|recovery|healing|survival|"
                      r"response|diagnosis|accuracy|sensitivity|specificity|uptake|share|proportion|number|"
                      r"percentage|scores?|levels?|incidence|frequency|duration|time|costs?)\b", re.I)


def named(phrase: str, abstract: Abstract, sentence: Sentence, *, purpose: bool = False,
          repeated: bool = False) -> str:
    """The phrase in the case the source writes it, when it can name what was studied (``purpose``: what it was
    for) in plain words; otherwise "". With ``repeated``, only a phrase whose words other sentences say too, and that
    names no outcome: a weak place to look needs that much more."""
    if not phrase or not usable(phrase, abstract, sentence, extra=purpose, purpose=purpose):
        return ""
    if repeated and (not repeated_elsewhere(phrase, abstract, sentence) or OUTCOME.search(phrase)):
        return ""
    if purpose and (OUTCOME.search(phrase) or phrase.rsplit(" ", 1)[-1].lower() in GROUPS):
        return ""  # "treatments for pain", "therapies for patients": an outcome or people, not a condition
    return case(phrase, abstract)
