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
from collections.abc import Sequence

from broker.plain.jargon import unexplained
from broker.plain.reading import Abstract, Sentence
from broker.plain.simplify import clean
from broker.plain.text import expand_acronyms
from broker.plain.words import GROUPS

_MOST_WORDS = 14  # a longer subject is a clause, not a name for what was studied

# Finite verbs and auxiliaries: where a sentence's subject ends.
_VERB = frozenset([
    "is", "are", "was", "were", "has", "have", "had", "may", "might", "can", "could", "cannot", "does", "do", "did",
    "will", "would", "should", "must", "appears", "appear", "appeared", "seems", "seem", "seemed", "reduces", "reduce",
    "reduced", "improves", "improve", "improved", "increases", "increase", "increased", "decreases", "decrease",
    "decreased", "prevents", "prevent", "prevented", "provides", "provide", "offers", "offer", "affects", "affect",
    "helps", "help", "helped", "works", "work", "shows", "show", "showed", "leads", "lead", "led", "promotes",
    "promote", "lowers", "lowered", "tends", "tend", "tended", "remains", "remain", "needs", "need", "requires",
    "require", "makes", "make", "protects", "protect", "halves", "speeds", "shortens", "shortened", "relieves",
    "relieved", "gives", "gave", "produces", "produced", "achieves", "achieved", "confers", "lessens", "slows",
    "slowed", "raises", "raised", "results", "resulted", "suggests", "suggest", "suggested", "indicates", "indicate",
    "confirms", "supports", "support", "demonstrates", "demonstrated", "means", "found", "finds", "perform", "performs",
    "performed", "outperformed", "outperforms",
])
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
    r"implications)\b)|\b(?:side[- ]effects?|implications for)\b")
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
# "the effects of X on Y", "the role of X in Y", "the benefits of X for Y": X is the subject.
_OF = re.compile(r"\b(?:the )?(?:use|effects?|efficacy|effectiveness|benefits?|safety|role|place|value|administration|"
                 r"impact|provision|harms?) of (?!the evidence|these|this|such|it\b|them\b|interventions?\b|"
                 r"treatments?\b|the interventions?\b|the treatments?\b)(?P<x>[^,;:.]{3,120})")
# "evidence that X reduces …", "uncertain whether X affects …", "evidence to support X", "benefit for X".
_THAT = re.compile(r"\b(?:evidence|suggests?|suggested|shows?|showed|found|indicates?|confirms?|conclude|uncertain|"
                   r"unclear|not clear|not known|unknown|determine|perception|either way)\b[^,;:.]{0,60}?\b(?:that|"
                   r"whether|if) (?P<x>[^;:.]{3,160})|\b(?:support|refute|recommend|favou?r)(?: or refute)? "
                   r"(?:the use of |using |either )?(?P<y>[^,;:.]{3,120})|"
                   r"\b(?:benefit|evidence) for (?P<z>[^,;:.]{3,120})|\bbenefit from (?P<w>[^,;:.]{3,120})")
# "In children with severe asthma, …": who the conclusion is about, said before it.
_WHO_FIRST = re.compile(r"^(?:In|Among|For) (?!contrast\b|addition\b|comparison\b|general\b|particular\b|summary\b|"
                        r"conclusion\b|total\b)(?P<who>[^,]{3,80}?(?:" + "|".join(GROUPS) + r"|adults?|older \w+)"
                        r"(?: (?:with|who|undergoing|having|receiving|after|aged|at|in) [^,]{3,60})?),\s+", re.I)
# "… in patients with chronic hepatitis C", "… among hospitalised patients".
_WHO = re.compile(r"\b(?:in|among|for|(?:in|for) the (?:management|treatment|care) of) (?P<who>(?:(?!(?:the|a|an|of|"
                  r"share|proportion|number|percentage|rate|all|most|some|these|those|such|other|both|in|among|for|"
                  r"with|on|to|at|by)\b)[\w'-]+ ){0,3}?(?:" + "|".join(GROUPS) + r"|adults?)"
                  r"(?: (?:with|who have|undergoing|having|receiving|after|aged|at risk of|living with) "
                  r"[^,;:.()]{3,60}?)?)(?=[,;:.()]| (?:and|but|who|which|when|to|by|as|compared|than|with|is|are|was|"
                  r"were|has|have|may|might|can|could|does|did)\b|$)", re.I)
_LEADING = re.compile(r"^(?:Although|Though|While|Whilst|Despite|Due to|Because of|Based (?:on|upon)|Given|Overall|"
                      r"In contrast to|Unlike|"
                      r"Across|In conclusion|In summary|Taken together|Compared (?:with|to)|In comparison with|"
                      r"At present|To date|Currently|For now|As|With)\b[^,]{0,160},\s*", re.I)
_ASIDE = re.compile(r",[^,]{1,60},|,\s*(?:with|without|given|alone|either|or|and|especially|particularly|mainly|"
                    r"mostly)\b[^,]*$")
_TRAILING = re.compile(r"(?:\s+(?:\w+ly|either|both|alone|as|to|for|in|on|of|with|and|or|the|a|an|by|at|from|than|"
                       r"that|which|who|whether|when|any|more|less|no|not|also|only|all|its|their|this|these|similar|"
                       r"applied|studied|used|given|started|commenced|initiated|provided|treated|before|after|assessed|evaluated|"
                       r"examined|investigated|reported|tested))+$", re.I)
_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")
_REPORTS = re.compile(r"\b(?:studies|trials|study|trial|reported|found|showed|observed)\b")
# A number on its own ("a single 30 mg dose") needs what it measures; one inside a name ("2-D", "n-3") does not.
_LOOSE_NUMBER = re.compile(r"(?<![\w-])\d[\d.,]*(?![\w-])")
# Words that name the evidence or the analysis, not a treatment, or open a clause rather than a name.
_NOT_A_THING = re.compile(r"\b(?:evidence|quality|certainty|subgroups?|analys[ie]s|estimates?|consistency|data)\b|"
                          r"^(?:enough|considering|even|albeit|despite|given|because|due|although|whilst)\b")
_ADVERB = re.compile(r"^(?:(?!(?:early|only|daily|weekly|monthly|yearly|elderly|family|supply)\b)\w+ly\s+)+")
_RELATIVE = re.compile(r"\s+(?:that|which|who|whom|whose|where)\s.*$")
_POINTER = re.compile(r"\b(?:these|those|this|such|it|its|they|their|them|the same|the former|the latter)\b", re.I)
_OF_OPENER = re.compile(r"^(?:the )?(?:use|effects?|efficacy|effectiveness|benefits?|safety|role|place|value|impact|"
                        r"harms?) of ", re.I)
# "… than voriconazole", "… compared with placebo": what the subject was set against.
_AGAINST = re.compile(r"\b(?:than|over|versus|compared (?:with|to)) (?P<y>(?:[\w'-]+ ){0,4}?[\w'-]+)"
                      r"(?=[,;:.()]| (?:for|in|to|on|at|among|when|during|with|and|but|as|is|are|was|were)\b|$)")
# "… for the treatment of fungal ulcers", "… in preventing falls": what the subject was used for.
_FOR = re.compile(r"\b(?:for|in) (?:the )?(?:treatment|treating|prevention|preventing|management|managing|relief|"
                  r"relieving|control|controlling|reduction|reducing) (?:of )?(?P<what>(?:[\w'-]+ ){0,5}?[\w'-]+)"
                  r"(?=[,;:.()]| (?:and|but|in|among|who|which|when|compared|than|is|are|was|were|with|at|after)\b|$)")
_OPENER = re.compile(r"^(?:both|either|the use of|use of|using|the administration of|the provision of|the addition of|"
                     r"the assessment of|the evaluation of|the introduction of)\s+", re.I)


def _subject(text: str) -> str:
    """The words before the first finite verb: "Topical imiquimod" in "Topical imiquimod appears to be …"."""
    words = text.split()
    for n, w in enumerate(words):
        if n and w.lower().strip(",") in _VERB:
            return " ".join(words[:n]).rstrip(",")
    return ""


def _tidy(phrase: str) -> str:
    """A phrase cut down to a name: no aside, no relative clause, no dangling little words."""
    phrase = _ASIDE.sub("", f"{phrase} ".replace(", compared with ", " compared with ")).strip()
    phrase = _RELATIVE.sub("", phrase)
    phrase = _OF_OPENER.sub("", _OPENER.sub("", _ADVERB.sub("", phrase)))
    phrase = _TRAILING.sub("", phrase.strip(" ,")).strip(" ,")
    return phrase


def _named_elsewhere(phrase: str, abstract: Abstract, sentence: Sentence) -> bool:
    """At least one word of the phrase is said in another sentence too: it is what the review is about."""
    others = " ".join(s.low for s in abstract.sentences if s.index != sentence.index)
    return any((len(w) > 3 or w.isupper()) and w.lower() in others for w in _WORD.findall(phrase))


def _usable(phrase: str, abstract: Abstract, sentence: Sentence, extra: bool = False) -> bool:
    """Whether a phrase can name what was studied (or, ``extra``, what it was for or set against)."""
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
    if unexplained(expand_acronyms(phrase, abstract.acronyms), abstract.low):
        return False  # "TCHP": an abbreviation the reader cannot know names nothing for them
    return (1 <= len(words) <= _MOST_WORDS and not _GENERIC.match(low) and not _POINTER.search(low)
            and not any(w.lower() in _VERB for w in words) and phrase.count("(") == phrase.count(")")
            and not _LOOSE_NUMBER.search(phrase) and _named_elsewhere(phrase, abstract, sentence))


def _candidates(text: str) -> list[str]:
    """Phrases that may name the subject, most trusted first."""
    out = []
    if text.startswith(("Whether ", "If ")):
        out.append(_subject(text.split(" ", 1)[1]))  # "Whether routine calcitonin testing improves …"
    out.append(_subject(text))  # "Methylphenidate may show a benefit for apathy": its own subject first
    m = _THAT.search(text)
    if m:
        inner = m.group("x") or m.group("y") or m.group("z") or m.group("w")
        of = _OF.match(inner)
        inner = of.group("x") if of else inner
        out.append(_subject(inner) if m.group("x") else _before_link(inner))
    for m in _OF.finditer(text):
        out.append(_before_link(m.group("x")))
    treated = _TREATED.match(text)
    if treated:
        out.append(_before_link(treated.group("x")))  # "Patients treated with bicarbonate-buffered solutions may …"
    return [_tidy(c) for c in out if c]


# "Patients treated with X may …", "Children given X had …": X is what was studied, not the people.
_TREATED = re.compile(r"^(?:[\w-]+ )?(?:patients|people|participants|women|men|children|infants|babies|adults) "
                      r"(?:treated|managed|given|receiving|who received) (?:with )?(?P<x>[^,;:.]{3,80}?)"
                      r"(?= (?:may|might|can|could|had|have|has|were|was|are|is|did|do|showed|show)\b)", re.I)
_LINK = re.compile(r"\s+(on|in|for|among|to|when|during|compared|versus|with any|at|is|are|was|were|has|have|may|might|"
                   r"can|could|does|did|must|should|would|will)\s")


def _before_link(phrase: str) -> str:
    """"pentoxifylline" in "pentoxifylline for intermittent claudication is …": the thing, before what it is for.

    A single word that names too little alone ("screening") keeps what it is for
    ("screening for lung cancer").
    """
    m = _LINK.search(phrase)
    if not m:
        return phrase
    head = phrase[:m.start()]
    if " " not in head and (head.lower() in _VAGUE or head.endswith("ing")) and m.group(1) in ("for", "in", "to"):
        rest = _LINK.search(phrase, m.end())
        return phrase[:rest.start()] if rest else phrase
    return head


def who(text: str) -> str:
    """Who a sentence is about: "patients with chronic hepatitis C", or ""."""
    m = _WHO_FIRST.match(text) or _WHO.search(text)
    if not m:
        return ""
    words = m.group("who").split()
    cut = next((n for n, w in enumerate(words) if n and w.lower() in _VERB), len(words))
    return _tidy(" ".join(words[:cut]))


def _case(phrase: str, abstract: Abstract) -> str:
    """"Interferon" opening a sentence is "interferon" inside one; "Chinese" and "RCT" keep their capitals."""
    first = phrase.split(" ", 1)[0]
    if first[1:2].isupper() or re.search(r"[a-z,;] " + re.escape(first) + r"\b", abstract.text):
        return phrase
    return phrase[:1].lower() + phrase[1:]


def _people(phrase: str) -> bool:
    """Who it was for, worth saying: more than a bare "people", short, pointing back at nothing."""
    words = _WORD.findall(phrase)
    return (1 < len(words) <= 12 and not _POINTER.search(phrase) and not re.search(r"\d", phrase)
            and words[0].lower() not in ("more", "fewer", "less", "most", "many", "some"))  # "in more babies"


def subject(abstract: Abstract, conclusion: Sequence[Sentence]) -> str:
    """"Interferon in patients with chronic hepatitis C": what the conclusion is about, or "" if unsure.

    The subject, then what it was set against ("compared with placebo"), what it was for
    ("for fungal ulcers") and who ("in people with epilepsy"), each only where the
    sentence says it plainly and it adds to the rest.
    """
    for s in conclusion:
        text = clean(s.text) or s.text
        people = ""
        m = _WHO_FIRST.match(text)
        if m:
            people, text = m.group("who"), text[m.end():]
        text = _LEADING.sub("", text, count=1)
        for phrase in _candidates(text):
            if not _usable(phrase, abstract, s):
                continue
            said = _case(phrase, abstract)
            for pattern, name, link in ((_AGAINST, "y", "compared with"), (_FOR, "what", "for")):
                found = pattern.search(text)
                extra = _tidy(found.group(name)) if found else ""
                if extra.rsplit(" ", 1)[-1].lower() in GROUPS:
                    continue  # "cocoa compared with normotensive people": people are not what cocoa was set against
                if extra and _usable(extra, abstract, s, extra=True) and extra.lower() not in said.lower():
                    said = f"{said} {link} {_case(extra, abstract)}"
            people = people or who(text)
            if _people(people) and people.lower() not in said.lower():
                said = f"{said} in {people}"
            return said if len(_WORD.findall(said)) <= _MOST_WORDS + 6 else _case(phrase, abstract)
    return ""
