"""Phrases that may name what a review studied, cut from one of its closing sentences.

``topic`` judges each phrase (short, said elsewhere, no verb of its own, not an outcome);
this module only finds them, most trusted first: the sentence's own subject, what its
"evidence that …", "the effects of …", "no difference between X and Y", "for X as
compared with Y", "Twelve trials evaluated X" or "When X is offered" names.
"""

from __future__ import annotations

import re

from broker.plain.counts import NUMBER, count
from broker.plain.phrase import head, tidy
from broker.plain.starts import by_letters, starting

# One word that names no particular thing: "therapies", "interventions".
VAGUE = frozenset(["therapy", "therapies", "treatment", "treatments", "intervention", "interventions", "drugs",
                    "drug", "programmes", "programs", "services", "approaches", "strategies", "methods", "care",
                    "patients", "people", "participants", "medicines", "medication", "medications", "procedures",
                    "benefit", "benefits", "harm", "harms", "effect", "effects", "evidence", "outcome", "outcomes",
                    "results", "use", "safety", "efficacy", "effectiveness", "provider", "providers", "extra",
                    "accuracy"])
# "the effects of X on Y", "the role of X in Y", "the benefits of X for Y", "these few trials of X": X is the subject.
OF = starting(r"\b(?:the )?(?:use|effects?|efficacy|effectiveness|benefits?|safety|role|place|value|administration|"
               r"accuracy|"
               r"impact|provision|implementation|harms?|(?<!number of )(?:trials|studies|RCTs)) of "
               r"(?!the evidence|these|this|such|it\b|them\b|(?:any|all|each|some|none|"
               r"either|both|most|many|one) of\b|(?:the )?(?:interventions?|"
               r"treatments?)\b(?! (?:(?:used|designed|aimed|intended) )?to\b))(?P<x>[^,;:.]{3,120})")
# "evidence that X reduces …", "uncertain whether X affects …", "evidence to support X", "benefit for X".
_THAT = starting(r"\b(?:evidence|suggests?|suggested|suggesting|shows?|showed|showing|found|indicates?|indicating|"
                 r"confirms?|conclude[sd]?|uncertain|demonstrates?|demonstrated|"
                 r"unclear|not clear|not known|unknown|determine|perception|either way|confidence|confident|"
                 r"certain|sure)\b[^,;:.]{0,80}?\b(?:that|"
                 r"whether|if),? (?P<x>[^;:.]{3,160})|"
                 # "any practice recommendations regarding IVM before in vitro fertilisation …"
                 r"\b(?:support(?:ing)?|refute|recommend|favou?r|recommendations? (?:regarding|about|on)(?! using))"
                 r"(?: or refute)? "
                 r"(?:for |of )?(?:the use of |using |either )?(?P<y>[^,;:.]{3,120})|"
                 r"\b(?:benefit|evidence) for (?P<z>[^,;:.]{3,120})|\bbenefit from (?P<w>[^,;:.]{3,120})|"
                 # "The body of evidence on X compared with Y is limited", "any difference between X compared with Y"
                 r"\b(?:body of evidence|evidence base) (?:on|about) (?P<v>[^,;:.]{3,120})|"
                 r"\bdifferences? between (?P<u>[^,;:.]{3,80}?)(?= compared (?:with|to)| versus | vs\.? )")
# "no evidence that a clear difference exists between valproate and phenytoin for any of the outcomes": the two
# treatments compared are the subject.
_BETWEEN = by_letters(r"\bdifferences? (?:exists? |was found |were found )?between (?!the two\b|groups\b)"
                      r"(?P<x>[\w'-]+(?: [\w'-]+){0,2}) and (?P<y>[\w'-]+(?: [\w'-]+){0,2})"
                      r"(?= (?:for|in|on|at|with|when)\b|[,;:.]|$)")
def candidates(text: str, known: str = "") -> list[str]:
    """Phrases that may name the subject, most trusted first.

    ``known`` is the review's count ("12 trials with 2300 people"): "Twelve trials evaluated X" names what all of
    them tested only when its count is that total.
    """
    out = []
    if text.startswith(("Whether ", "If ", "whether ")):  # "whether": what "Whether or not …" is cleaned to
        # "Whether routine calcitonin testing improves …", "Whether or not RADT can be used as …"
        out.append(head(text.split(" ", 1)[1].removeprefix("or not ")))
    out.append(head(text))  # "Methylphenidate may show a benefit for apathy": its own subject first
    rival = _ONE_OVER_ANOTHER.search(text) if " over another" in text else None
    if rival:  # "the possible superiority of one type of anaesthesia care over another": the kinds compared
        out.append(f"{rival.group('kind')}s of {rival.group('x')}")
    given = _WHEN_GIVEN.match(text) if text.startswith("When ") else None
    if given:
        out.append(given.group("x"))  # "When breastfeeding support is offered to women, …"
    m = _THAT.search(text)
    between = _BETWEEN.search(text) if "between" in text else None
    # "between HDR and LDR ICBT": a first item shorter than the second may share its noun, so may name nothing alone.
    if between and len(between.group("x").split()) >= len(between.group("y").split()):
        out.append(f"{between.group('x')} compared with {between.group('y')}")
    elif between and _SHARED_NOUN.match(f"{between.group('x')} {between.group('y')}"):
        # "between HDR and LDR ICBT": two abbreviations of one kind before one noun, so the noun is said with both
        x, (y, noun) = between.group("x"), between.group("y").split(" ", 1)
        out.append(f"{x} {noun} compared with {y} {noun}")

    if m and m.group("x") and _THERE_IS.match(m.group("x")):
        # "… has showed that there is insufficient evidence to support routine cryopreservation": the claim inside
        m = _THAT.search(m.group("x")) or m
    if m:
        inner = m.group("x") or m.group("y") or m.group("z") or m.group("w") or m.group("v") or m.group("u")
        of = OF.match(inner)
        inner = of.group("x") if of else inner
        inner = _NEXT_CLAIM.split(inner, 1)[0]  # "routine cryopreservation and insufficient evidence for …"
        # "demonstrate that, despite the general inadequacies of reporting of RCTs, journal endorsement of …"
        conceding = _CONCEDING.match(inner) if m.group("x") else None  # (at the start only: matched, not searched)
        inner = inner[conceding.end():] if conceding else inner
        given = _TO_GIVE.match(inner) if m.group("x") else None
        if given:  # "the decision whether or not to administer prophylactic plasma prior to …": what was given
            out.append(before_link(inner[given.end():].replace(" prior to ", " before ")))
        else:
            out.append(head(inner) if m.group("x") else before_link(inner))
    for m in OF.finditer(text) if " of " in text else ():  # (each of its choices ends " of ")
        out.append(before_link(m.group("x")))
    versus = _FOR_VERSUS.search(text) if "compared" in text or " versus " in text else None
    if versus:  # "no evidence of a difference in total mortality … for ARBs as compared with ACE inhibitors"
        out.append(f"{versus.group('x')} compared with {versus.group('y')}")
    tested = _TRIALS_TESTED.search(text) if "trials " in text or "studies " in text else None
    if tested and _all_of_them(text[:tested.start()], known):
        out.append(before_link(tested.group("x")))  # "Twelve trials evaluated ND surgery in people with …"
    treated = _TREATED.match(text)
    if treated:
        out.append(before_link(treated.group("x")))  # "Patients treated with bicarbonate-buffered solutions may …"
    aimed = _AIMED.match(text)
    if aimed:  # "Interventions may increase cardiac rehabilitation enrolment, …": interventions to increase it
        out.append(f"{aimed.group('who')} to {aimed.group('verb')} {aimed.group('what')}")
    # "the use of other harm reduction aids": other than one named before; the subject is harm reduction aids.
    # "flavonoids (both MPFF and HR)": the name, without the short names in brackets after it.
    out = [_SHORT_NAMES.sub("", c) if "(" in c else c for c in out]
    return [tidy(c[6:] if c.lower().startswith("other ") else c) for c in out if c]


# "… for ARBs as compared with ACE inhibitors": the two things compared, named after a preposition (a result's own
# subject is its outcome, so ``head`` cannot find them).
_NAME_WORD = r"(?!(?:the|a|an|when|and|or|any|all|those|these|as|if|while|is|are|was|were|be|been)\b)[\w'-]+"
_FOR_VERSUS = by_letters(r"\b(?:for|of|with) (?P<x>(?:" + _NAME_WORD + r" ){0,2}" + _NAME_WORD + r") (?:as )?"
                         r"(?:compared (?:with|to)|versus) (?P<y>(?:[\w'-]+ ){0,3}?[\w'-]+)"
                         r"(?=[,;:.()]| (?:for|in|on|at|among|during|but|while|regarding)\b|$)")
# "Twelve randomised controlled trials evaluated ND surgery in …", "a small number of trials investigating
# psychological therapies delivered remotely": what the review's trials tested, said in closing.
_TRIALS_TESTED = by_letters(r"\b(?:trials|studies) (?:evaluated|assessed|examined|investigated|tested|studied|"
                            r"evaluating|assessing|examining|investigating|testing|studying) (?!the (?:effects?|"
                            r"efficacy|effectiveness|impact|use) of\b|whether\b|if\b|how\b|what\b|which\b)"
                            r"(?P<x>[^,;:.()]{3,100})")
_COUNT_BEFORE = re.compile(r"\b(" + NUMBER + r")(?: [\w-]+){0,3}? $", re.I)


def _all_of_them(before: str, known: str) -> bool:
    """Whether the trials a sentence names are all the review's: no count, or the review's own total."""
    m = _COUNT_BEFORE.search(before)
    if not m:
        return not _SOME_WORDS.search(before)
    total = count(known.split(" ", 1)[0]) if known else None
    return total is not None and count(m.group(1)) == total


_SOME_WORDS = re.compile(r"\b(?:no|none|not|neither|any|some|several|few|many|most|other|two|both|these|those|"
                         r"the remaining)\b[\w -]{0,30}$", re.I)
# "When breastfeeding support is offered to women, the duration … is increased": what was offered was studied.
_WHEN_GIVEN = re.compile(r"^When (?P<x>[\w'-]+(?: [\w'-]+){0,5}?) (?:is|are) (?:offered|given|provided|used|added|"
                         r"delivered)\b")
_SHARED_NOUN = re.compile(r"^(?P<a>[A-Z]{2,5}) (?P<b>[A-Z]{2,5}) [\w-]+$")
_CONCEDING = re.compile(r"^(?:despite|although|though|whilst|while|even though)\b[^,]{3,120},\s*", re.I)
_ONE_OVER_ANOTHER = by_letters(r"\bone (?P<kind>type|kind|form|method) of (?P<x>[\w'-]+(?: [\w'-]+){0,3}?) over "
                               r"another\b")
_THERE_IS = re.compile(r"^there (?:is|was|are|were) ")
_NEXT_CLAIM = re.compile(r" and (?=(?:insufficient|no|not|little|limited|some|there)\b)")
# "Patients treated with X may …", "Children given X had …": X is what was studied, not the people.
_TREATED = re.compile(r"^(?:[\w-]+ )?(?:patients|people|participants|women|men|children|infants|babies|adults) "
                      r"(?:treated|managed|given|receiving|who received) (?:with )?(?P<x>[^,;:.]{3,80}?)"
                      r"(?= (?:may|might|can|could|had|have|has|were|was|are|is|did|do|showed|show)\b)", re.I)
_LINK = re.compile(r"\s+(on|in|for|among|to|when|during|compared|versus|with any|at|is|are|was|were|has|have|"
                   r"may|might|can|could|does|did|must|should|would|will|remains?|remained)\s")
_TO_GIVE = re.compile(r"^(?:or not )?to (?:administer|give|use|offer|provide|prescribe|start|add|perform) ")


# A subject that names nothing alone, and what the authors say it may do: "Interventions may increase cardiac
# rehabilitation enrolment" is a review of interventions to increase it (whether they do is for the finding to say).
_AIMED = re.compile(r"^(?P<who>Interventions|Strategies|Programmes|Programs|Approaches|Services) (?:may|might|can|"
                    r"could|probably|appear to|seem to) (?P<verb>increase|improve|reduce|prevent|promote|lower|raise) "
                    r"(?P<what>(?:[\w'-]+ ){0,4}?[\w'-]+)(?=[,;:.()]| (?:and|but|in|among|for|when|with|by)\b|$)")
_USED = re.compile(r"^[\w-]+ (?:used|designed|aimed|intended)$")


def before_link(phrase: str) -> str:
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
    if " " not in head and (head.lower() in VAGUE or head.endswith("ing")) and m.group(1) in ("for", "in", "to"):
        rest = _LINK.search(phrase, m.end())
        return phrase[:rest.start()] if rest else phrase
    return head

# "flavonoids (both MPFF and HR)": short names in brackets after a name add nothing a reader can use.
_SHORT_NAMES = re.compile(r" \((?:both |either )?[A-Z][A-Za-z]*[A-Z]\w*(?:(?:,| and| or) [A-Z][A-Za-z]*[A-Z]\w*)*\)")
