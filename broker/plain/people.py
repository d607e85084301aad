"""Who a study was for: "patients with chronic hepatitis C", "women likely to give birth to a large baby".

Read from the words beside the subject of a conclusion, the authors' other closing
sentences, or the first sentences of the abstract that name the people taking part;
only a phrase that is short, points back at nothing and is not an outcome or a time.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from types import MappingProxyType

from broker.plain.ascii_twin import AsciiTwin
from broker.plain.jargon import unexplained
from broker.plain.phrase import VERB, tidy
from broker.plain.reading import Abstract, Sentence, plain_words
from broker.plain.starts import by_letters, starting
from broker.plain.text import mentions, word_tokens
from broker.plain.words import GROUPS

_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")
_POINTER = starting(r"\b(?:these|those|this|such|it|its|they|their|them|the same|the former|the latter)\b", re.I)

# "women at high-risk of preterm birth": who the people were, by the risk that marks them out.
_AT_RISK = r"at (?:high[- ]|higher |increased )?risk (?:of|for)"

# "In children with severe asthma, …": who the conclusion is about, said before it.
WHO_FIRST = re.compile(r"^(?:In|Among|For) (?!contrast\b|addition\b|comparison\b|general\b|particular\b|summary\b|"
                        r"conclusion\b|total\b)(?P<who>[^,]{0,80}?(?:" + "|".join(GROUPS) + r"|adults?|older \w+)"
                        r"(?: (?:with|who|undergoing|having|receiving|after|aged|at|in|suffering from) [^,]{3,60})?),"
                        r"\s+", re.I)

# "… in patients with chronic hepatitis C", "… among hospitalised patients".
# "… for treating pregnant euthyroid women with …", "… improve the outcomes of people with breast cancer", "… used to
# treat patients with IBD", "… for a small number of people with frequent episodic tension-type headache".
_WHO = starting(r"\b(?:in|among|for|(?:in|for) the (?:initial |early |long-term )?(?:management|treatment|care) of|"
                r"for (?:treating|managing)|to treat|outcomes of|number of|whether(?: or not)?) "
                r"(?!(?:treating|managing|"
                r"caring|preventing|using|reducing|improving)\b)(?P<who>(?:(?!(?:the|a|an|of|"
                r"share|proportion|number|percentage|rate|all|most|some|these|those|such|other|both|in|among|for|"
                r"with|on|to|at|by|included|stud(?:y|ies)|trials?)\b)[\w'-]+ ){0,5}?(?:" + "|".join(GROUPS)
                + r"|adults?)(?: (?:with|who have|undergoing|having|receiving|after|aged|" + _AT_RISK
                + r"|living with) "
                # "people with AD": a two-letter illness, unless it is one of a pair ("patients with UC and CD")
                r"(?:[A-Z]{2}(?! (?:and|or) )|[^,;:.()]{3,60}?))?)(?=[,;:.()]| (?:and|but|who|which|when|to|by|as|"
                r"compared|than|with|without|"
                r"for the outcomes?|in terms of|"
                r"is|are|was|were|has|have|may|might|can|could|does|did|on (?:adverse|side|outcomes?|the (?:risk|"
                r"rate|incidence|outcomes?)))\b|$)", re.I)


def who_cut(phrase: str) -> str:
    """A who-phrase cut at its first verb and tidied: "patients with thyroid nodules"."""
    # "patients with Crohn's disease with a response to …": a second "with" qualifies the first; cut before it
    first = phrase.find(" with ")
    second = phrase.find(" with ", first + 1) if first >= 0 else -1
    phrase = phrase[:second] if second > 0 else phrase
    words = phrase.split()
    # "patients with colorectal cancer treated in high-volume hospitals": how some were treated is not who they were
    cut = next((n for n, w in enumerate(words) if n and (w.lower() in VERB or (w == "treated" and " with " in phrase))),
               len(words))
    while cut > 2 and words[cut - 1].lower().endswith("ing"):
        cut -= 1  # "people with chronic pain trying": a dangling "trying" says nothing on its own
    return tidy(" ".join(words[:cut]))


def who(text: str) -> str:
    """Who a sentence is about: "patients with chronic hepatitis C", or ""."""
    m = WHO_FIRST.match(text) or (_WHO.search(text) if _may_name_people(text) else None)
    phrase = who_cut(m.group("who")) if m else ""
    # "patients with acute and subacute low back pain" cut at its "and" ends on a describing word: say nothing
    # "patients with Stage 2" cut from "… Stage 2 and 3 disease" ends on a name's number: say nothing
    return "" if phrase.rsplit(" ", 1)[-1].lower() in _DANGLING or _NAME_NUMBER_END.search(phrase) else phrase


def _may_name_people(text: str) -> bool:
    """Whether _WHO may match: its group of people stands alone between spaces or stops, so in ASCII text it is one of
    the text's tokens (in other text, where case may fold to ASCII, it is always tried)."""
    return not text.isascii() or not GROUP_WORDS.isdisjoint(word_tokens(text.lower()))


_NAME_NUMBER_END = re.compile(r"\b(?:type|stage|grade|class|phase) \d+$", re.I)


_DANGLING = frozenset(["acute", "subacute", "chronic", "severe", "mild", "moderate", "early", "late", "advanced",
                       "primary", "secondary", "recurrent", "persistent", "stable", "unstable", "high", "low"])


_LOOSE_DIGIT = re.compile(r"(?<![\w-])(?<!type )(?<!stage )(?<!grade )(?<!class )(?<!phase )\d[\d.,]*(?![\w-])",
                          re.I)  # "people with type 2 diabetes": a number inside a name


@lru_cache(maxsize=1024)
def worth_saying(phrase: str) -> bool:
    """Who it was for, worth saying: more than a bare "people", short, pointing back at nothing.

    Cached for one entry, whose few phrases are weighed five times over (``entry.parts`` empties it for each entry).
    """
    words = _WORD.findall(phrase)
    # A number alone needs what it measures; one inside a name ("HIV-1") does not.
    return (1 < len(words) <= 12 and not _POINTER.search(phrase) and not _LOOSE_DIGIT.search(phrase)
            and words[0].lower() not in ("more", "fewer", "less", "most", "many", "some")  # "in more babies"
            and not _SUBGROUP.search(phrase) and not _HOW_GROUPED.search(phrase))


# "participants with comparable treatment arms": how the trials' groups were made, not who took part.
_HOW_GROUPED = re.compile(r"\b(?:comparable|similar|balanced|matched) (?:treatment |study |control )?(?:arms|groups)\b",
                          re.I)


# "patients with more severe obstruction": a subgroup picked out by degree, not who all the studies took in.
_SUBGROUP = re.compile(r"\b(?:more|less|most|least|higher|lower)\b", re.I)


def told_already(people: str, told: str) -> bool:
    """Whether who they were is told already: "people with anaphylaxis" beside "adrenaline for anaphylaxis"."""
    low = told.lower()
    first, _, rest = people.partition(" ")
    # "people with anaphylaxis" is told by "for anaphylaxis"; "pregnant women" is not told by "40,249 women"
    what = rest if rest and first.lower() in GROUP_WORDS else people
    words = [w.lower() for w in _WORD.findall(what) if len(w) > 4]
    return people.lower() in low or (bool(words) and all(w in low for w in words))

GROUP_WORDS = frozenset([*GROUPS, "adult", "adults"])  # the words that name people, as a set of tokens

_COUNTED_PEOPLE = AsciiTwin(starting(r"\b\d[\d,]* (?:[\w-]+ )?(?:" + "|".join(GROUPS) + r"|adults?)\b"))

_SOME_STUDIES = re.compile(r"^(?:in |only )?(?:one|a single|two|three|four|five|\d+) (?:[\w-]+ ){0,2}?(?:study|trial|"
                           r"studies|trials|rcts?)\b")

_LEADING_COUNT = re.compile(r"^(?:(?:a total of|total|only|randomi[sz]ed|\d[\d,]*|about|over|more than) )+", re.I)


def who_elsewhere(abstract: Abstract, s: Sentence, others: Sequence[Sentence]) -> str:
    """Who took part, from the authors' other closing sentences, or else the first sentences that name them."""
    for other in (*others, *(x for x in abstract.sentences[:4] if x is not s and x not in others)):
        people = _taking_part(other)
        if people is not None and _fits(people, abstract):
            return people
    for other in abstract.sentences[:4]:
        people = _who_had(other)
        if people is not None and _fits(people, abstract) and people.lower().rsplit(" ", 1)[-1] not in GROUP_WORDS:
            return people
    people = enrolled(abstract)
    if people:
        return people
    for other in abstract.sentences:
        # "Administering low-dose aspirin to pregnant women led to …": whoever the treatment went to, said anywhere
        # the authors sum up without figures.
        given = not (other.stats or other.wish or other is s) and mentions(other.low, _GIVING_WORDS)
        found = _GIVEN_TO.search(other.text) if given else None
        if not found and not (other.stats or other.wish or other.digits or other is s
                              or GROUP_WORDS.isdisjoint(other.tokens)):  # names no people: spared the pattern
            found = _PEOPLE_ON.match(other.text)
        people = _LEADING_COUNT.sub("", who_cut(found.group("who"))) if found else ""
        people = people[:1].lower() + people[1:] if people[1:2].islower() else people  # "Overweight or obese people"
        if found and _fits(people, abstract):
            return people
    return ""


# The two below look at one sentence alone, and the same few sentences are looked at for each subject weighed: each is
# cached for one entry (``entry.parts`` empties them), keyed by the sentence (its fields are all they read).
@lru_cache(maxsize=256)
def _taking_part(other: Sentence) -> str | None:
    """Who a sentence names as taking part ("in 185 women likely to give birth …"), not yet judged worth saying; None
    where it names none."""
    if other.wish or other.left_out:
        return None  # "future trials in people with …", "did not investigate … people with …": not who took part
    if GROUP_WORDS.isdisjoint(other.tokens):
        return None  # names no people: the costly pattern is spared
    if (other.digits and len(_COUNTED_PEOPLE.findall(other.text)) > 1) or _SOME_STUDIES.match(other.low):
        return None  # "one involving 19 participants with X, the other two 86 with Y": the people of some studies
    found = _WHO_ANY.search(other.text)
    if not found and mentions(other.low, _GIVING_WORDS):
        found = _GIVEN_TO.search(other.text)
    return _LEADING_COUNT.sub("", who_cut(found.group("who"))) if found else None


@lru_cache(maxsize=256)
def _who_had(other: Sentence) -> str | None:
    """"people with schizophrenia" from "All participants had schizophrenia …", not yet judged; None where it says
    no such thing."""
    had = _HAD.match(other.text) if not other.stats and _HAVING.search(other.low) else None
    return f"people with {who_cut(had.group('what'))}" if had else None


def named_twice(abstract: Abstract) -> str:
    """Who took part, where two sentences name the same people the same way ("592 patients with vascular dementia",
    "788 patients with vascular dementia") and no other people are named twice: the people of the whole review, not
    of one trial. The weakest place to look, so looked at last."""
    seen: dict[str, set[int]] = {}
    for s in abstract.sentences:
        if s.wish or GROUP_WORDS.isdisjoint(s.tokens) or s.left_out:
            continue
        if _SOME_STUDIES.match(s.low) or _SOME_OF_THEM.match(s.low):
            continue  # "Two studies failed to find a difference … in women undergoing caesarean section", "Two failed
            # to find …": the people of some of the studies, said twice, not of the whole review
        for found in _NAMED.finditer(s.text) if mentions(s.text, _NAMED_WORDS) else ():
            if _TAKING_PART.search(s.text, max(0, found.start() - 40), found.start()):
                seen.setdefault(who_cut(found.group("who")), set()).add(s.index)
    twice = [people for people, where in seen.items() if len(where) > 1]
    return twice[0] if len(twice) == 1 and _fits(twice[0], abstract) else ""


# The groups of people a review may be about as a whole: "children", "pregnant women", "donors".
# "adults" and "parents" are counted too, so a group named beside them is not taken for the whole review's.
_GROUP_NAMED = AsciiTwin(re.compile(r"\b(pregnant women|older people|elderly|children|infants|babies|newborns|"
                                    r"neonates|women|men|adolescents|teenagers|mothers|parents|smokers|students|carers|"
                                    r"caregivers|donors|adults?)\b"))


def named_most(abstract: Abstract) -> str:
    """The one group of people the abstract keeps naming ("donors" eleven times), where no other group is named more
    than once: the people of the whole review, though no sentence says so. The weakest place to look."""
    counts: dict[str, int] = {}
    for s in abstract.sentences:
        if s.wish or s.left_out:
            continue
        if _GROUP_LAST.isdisjoint(s.tokens) and (plain_words(s.low) or _unhyphenated_without_group(s.low)):
            continue  # no token is one of the group words, and each word a match could be stands as a token alone
        for m in _GROUP_NAMED.finditer(s.low):
            group = _SAME_GROUP.get(m.group(1), m.group(1))
            counts[group] = counts.get(group, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 3 or (len(ranked) > 1 and ranked[1][1] > 1) or ranked[0][0] in _NOT_SAID:
        return ""
    return ranked[0][0]


# The word each of _GROUP_NAMED's groups ends with. A match is a token of its own (``Sentence.tokens``, runs of letters,
# "'" and "-") unless a "'" or "-" stands beside it ("children's", "non-smokers"), or the text is not ASCII, where
# "\b" and the tokens read letters differently: only a sentence without them can be passed over by its tokens.
_GROUP_LAST = frozenset(["women", "people", "elderly", "children", "infants", "babies", "newborns", "neonates", "men",
                         "adolescents", "teenagers", "mothers", "parents", "smokers", "students", "carers",
                         "caregivers", "donors", "adult", "adults"])


def _unhyphenated_without_group(low: str) -> bool:
    """In ASCII text with no "'" but a "-" ("non-smokers", "placebo-controlled"), whether none of the words its "-"
    joins is a group word: a "-" read as a space, every word _GROUP_NAMED could find is a token alone."""
    return low.isascii() and "'" not in low and _GROUP_LAST.isdisjoint(word_tokens(low.replace("-", " ")))


_SAME_GROUP = MappingProxyType({"elderly": "older people", "adult": "adults"})
_NOT_SAID = frozenset(["adults", "parents"])  # counted as rivals only: "in adults" tells a reader little


# "Two failed to find …", "One reported …": a sentence on some of the studies, with no noun for them.
_SOME_OF_THEM = re.compile(r"^(?:one|two|three|four|five|six|seven|eight|nine|ten|both) (?!(?:of|hundred|thousand)\b)"
                           r"[a-z]+(?:ed|s)\b")
# "592 …", "in …", "involving …": people counted or named as those taking part, not "the proportion of participants
# with detectable HBV-DNA", an outcome.
_TAKING_PART = re.compile(r"(?:\b\d[\d,]*|\b(?:in|among|for|involving|including|enrolled|recruited|included|"
                          r"enrolling|recruiting)) (?:[\w-]+ ){0,2}$")
# "592 patients with vascular dementia diagnosed by …": people and what marks them out, wherever they are named.
_NAMED = AsciiTwin(re.compile(r"\b(?P<who>(?:" + "|".join(GROUPS) + r"|adults?) "
                              r"(?:with|who have|who had|undergoing|having) [^,;:.()]{3,60}?)"
                              r"(?=[,;:.()]| (?:and|but|who|which|when|were|was|is|are|in|at|from|receiving|treated|"
                              r"diagnosed|randomi[sz]ed|compared|after|by|to|than|on|for)\b|$)"))


_NAMED_WORDS = (" with ", " who have ", " who had ", " undergoing ", " having ")  # one of which _NAMED needs


# "All the studies included HIV-1 infected patients virologically suppressed …", "All studies recruited children with
# acute severe asthma and requiring hospital admission": who every study took in.
_ENROLLED = re.compile(r"^All (?:the )?(?:included |eligible )?(?:studies|trials|rcts) (?:included|enrolled|recruited) "
                       r"(?P<who>(?:[\w'-]+ ){0,4}?(?:" + "|".join(GROUPS) + r"|adults?)(?: (?:with|who have|who had|"
                       r"undergoing|having|after|aged|" + _AT_RISK + r"|living with) [^,;:.()<>]{3,60}?)?)"
                       r"(?=[,;:.()<>]| (?:and|but|who|which|when|by|as|after|were|was|virologically|requiring|"
                       r"receiving|from|at|in|on|during)\b|$)", re.I)


def enrolled(abstract: Abstract) -> str:
    """Who every study took in, where the review says so ("All studies recruited children with asthma"), or ""."""
    for s in abstract.sentences:
        m = _ENROLLED.match(s.text) if s.low.startswith("all ") and not s.stats else None
        people = who_cut(m.group("who")) if m else ""
        if people and _fits(people, abstract):
            return people
    return ""


def _fits(people: str, abstract: Abstract) -> bool:
    """A who-phrase worth saying that a reader can follow and that is not an outcome, a time or an arm."""
    return worth_saying(people) and not unexplained(people, abstract.low) and not _NOT_WHO.search(people)


# "Administering low-dose aspirin to pregnant women", "giving antibiotics to children with …": who received it.
_GIVEN_TO = re.compile(r"\b(?:[Aa]dministering|[Gg]iving|[Oo]ffering|[Pp]roviding|[Pp]rescribing) (?:[\w'-]+ ){1,6}?to "
                       r"(?P<who>(?:(?!(?:the|a|an|all|some|most|more|fewer|these|those|both|other|each|every)\b)"
                       r"[\w'-]+ ){0,3}?(?:" + "|".join(GROUPS) + r"|adults?)(?: (?:with|who have|who had|undergoing|"
                       r"having|after|aged|" + _AT_RISK + r"|living with) [^,;:.()]{3,60}?)?)"
                       r"(?=[,;:.()]| (?:led|leads|was|were|is|are|has|have|had|may|might|can|could|did|does|do|"
                       r"reduced|reduces|increased|increases|improved|improves|resulted|results|and|but|who|in)\b|$)")
# "No studies using a neuropathological reference standard have directly addressed … or assessed the accuracy of DAT
# imaging in people with mild dementia": what no study did (not "No adequately controlled trials could be found to
# support … among hospitalised patients", the review's own). Matched at a sentence's start only: kept out of
# ``LEFT_OUT`` (``wishes``), where an anchored branch would slow every search.
NO_STUDY_DID = re.compile(r"no (?:[\w-]+ ){0,3}?(?:studies|trials|rcts)\b[^.;]{0,80}?\b(?:have|has|had) (?:directly )?"
                          r"(?:assessed|addressed|examined|evaluated|investigated|looked at|studied)\b")
# "Overweight or obese people on LGI lost more weight …": a sentence without figures opens with who took the treatment,
# marked out by what they all had in common (a bare "People on X" says nothing, and is not worth saying).
# Not "All patients on …", "No children given …", nor a subgroup by age or sex ("Older people taking …").
_PEOPLE_ON = re.compile(r"^(?!(?i:all|no|none|the|few|fewer|more|most|many|some|both|those|these|other|each|only|"
                        r"such|younger|older|male|female|\d+)\b)(?P<who>[\w'-]+(?: (?:or|and) [\w'-]+)? (?:"
                        + "|".join(GROUPS) + r"|adults?)) (?:on|receiving|given|taking|treated with) "
                        r"(?!the\b|a\b|an\b|this\b|these\b|both\b)")
# Words those patterns need, looked for first in one pass (most sentences have none).
_HAVING = re.compile(r" (?:had|diagnosed|living with|suffered) ")
_GIVING_WORDS = ("administering", "giving", "offering", "providing", "prescribing")  # plain words: no pattern needed
# "All participants had schizophrenia that was …", "Participants had chronic low back pain": what marked them out.
_HAD = re.compile(r"^(?:All |Most |The )?(?:participants|patients|people|subjects) (?:all )?(?:had|were diagnosed "
                  r"with|were living with|suffered from) (?!a |an |the |no |not |been |to |\d)"
                  r"(?P<what>[\w'-]+(?: [\w'-]+){0,4}?)(?=[,;:.()]| (?:that|which|who|and|or|but|at|for|in|of|with|"
                  r"from|were|was)\b|$)")

# "in 185 women likely to give birth to a large baby", "among preterm or low birth weight infants", "6 children
# with asthma": people with what marks them out, wherever the abstract counts or names them. A phrase that runs on
# into a list ("patients with septic, hemorrhagic, or spinal shock") is not used: cut short, it would say less.
# "… randomised 752 primiparous women with clinically detectable second-degree perineal tears to …" names them too.
_WHO_ANY = AsciiTwin(starting(r"\b(?:in|among|for|involving|including|enrolling|recruiting|randomi[sz]ed "
                              r"\d[\d,]*|with) (?P<who>(?:(?!(?:the|a|an|of|"
                              r"to|in|for|with|on|at|by|from|than|that|which|who|is|are|was|were|and|among|treatment|"
                              r"treatments|trials?|stud(?:y|ies)|fewer|more|most|some|all|these|those|both|"
                              r"other)\b)[\w'-]+ ){0,5}?"
                              r"(?:" + "|".join(GROUPS) + r"|adults?)"
                              r" (?:with|who have|who had|undergoing|having|after|aged|" + _AT_RISK + r"|living with|"
                              r"likely to|in labour|giving birth|admitted (?:to|with)) [^,;:.()]{3,60}?)"
                              r"(?=[;:.()]| (?:but|who|which|when|by|as|compared|than|were|was|is|are|has|have|had|to|"
                              r"from|at|on|over|during|remains?|may|might|can|could|should|did|does|do|reported|showed|"
                              r"found)\b|$)", re.I))

# Words that make a who-phrase about an outcome, a treatment arm or a time, not who took part.
_NOT_WHO = re.compile(r"\b(?:side[- ]effects?|adverse|outcomes?|interventions?|weeks?|months?|variety|types?|"
                      r"severities|samples?|therapy-related|data|information|evidence|results?|follow-up)\b", re.I)


# "Better designed large studies are needed to test the effects of acupuncture for people with schizophrenia": a
# wish for more of the same research names the people the review was about, beside the treatment it was about.
_WISHED_FOR = by_letters(r"\b(?:(?:effects?|effectiveness|efficacy|benefits?|role|value|use|trials|studies|research) "
                         r"(?:of|on|into)) (?P<x>[^,;:.()]{3,60}?) "
                         r"(?:for|in|among) (?P<who>(?:people|patients|adults|individuals|those) (?:with|who have) "
                         r"[^,;:.()]{3,50}?)(?=[,;:.()]|$| (?:and|but|who|which|when|compared|than|is|are|was|were|at|"
                         r"by|should|needs?)\b)")


def wished_for(abstract: Abstract, subject: str) -> str:
    """Who the subject was for, named where the authors ask for more research on that same subject, or ""."""
    low = subject.lower()
    for s in abstract.sentences:
        found = _WISHED_FOR.search(s.text) if s.wish and low in s.low else None
        if found and low in found.group("x").lower():
            people = who_cut(found.group("who"))
            people = "people" + people[5:] if people.startswith("those") else people
            if _fits(people, abstract):
                return people
    return ""


# What ``entry.parts`` empties for each entry.
PEOPLE_CACHES = (worth_saying, _taking_part, _who_had)
