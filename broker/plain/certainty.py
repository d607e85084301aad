"""How sure we can be, in words: from what the source itself says about its evidence.

The signals are the ones a careful reader looks for: a GRADE rating of the evidence
(high, moderate, low, very low), a result that could be down to chance (an interval
that includes no effect, p of 0.05 or more, "not statistically significant"), few or
small studies, a high risk of bias, the authors' own doubt, and a preprint. Each is
said in one short everyday sentence; nothing is said that the source does not. The
evidence is called fairly strong, or the studies well run, only when nothing else in the
source rates the evidence weak or finds fault with the studies: the weak part is what a
reader must not miss.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from types import MappingProxyType

from broker.plain.grade import LEVELS, Grade, spread
from broker.plain.kept import hedged
from broker.plain.reading import Abstract, Sentence
from broker.plain.starts import by_letters, led_search, starting
from broker.plain.studies_told import of_the_studies
from broker.plain.text import count_sentences, says

# "the estimates of effect may not be robust", "the results of the meta-analysis were doubtful".
_NOT_ROBUST = by_letters(r"\b(?:not (?:very |be )?robust|less robust|(?:were|was|are|is) doubtful|"
                         r"may not be reliable)\b")
# "Accuracy may have been overestimated due to the case-control design", "small studies can overestimate benefits":
# the results may look better than they are. Not "might overestimate or underestimate the true effect".
_LOOKS_BETTER = by_letters(r"\boverestimat(?:e|es|ed|ion|ing)\b(?![^.;]{0,40}\bor underestimat)")
# "A significant heterogeneity was detected for the latter outcome": the studies differed on one result, not all.
_FOR_ONE_OUTCOME = by_letters(r"\bfor (?:the latter|the former|this|that|one|one of the|some|some of the|"
                              r"the (?:primary|secondary|main)) (?:outcomes?|results?|comparisons?|analys[ie]s)\b")
# Results that disagree: "there was substantial heterogeneity", "results were heterogeneous"; not "no significant …".
_DISAGREE = starting(r"(?<!no )(?<!non-)(?<!little )\b(?:substantial|considerable|significant|high|marked|important) "
                     r"(?:statistical |clinical )?heterogeneity\b|\bresults (?:were|was) heterogeneous\b|"
                     r"\bheterogeneity (?:was|were) (?:\w+ )?(?:substantial|considerable|high|significant)\b|"
                     # "The significance of these findings is limited due to clinical heterogeneity between studies"
                     r"\b(?:clinical|statistical) heterogeneity between (?:the )?(?:included )?(?:studies|trials)\b|"
                     r"\bvariability between the (?:included )?(?:studies|trials)\b")
# "Even in the most conservative estimate, the evidence that glucocorticoids … can substantially reduce … is
# convincing": the authors' own word that their evidence is strong, where they give no rating.
_CONVINCING = by_letters(r"\bthe (?:evidence|data)\b[^.;]{0,200}? (?:is|are) (?:now )?(?:convincing|compelling|"
                         r"robust|strong)\b")
_UNSURE = by_letters(r"\b(?:(?:insufficient|not enough) (?:randomi[sz]ed )?evidence|inconclusive|"
                     r"we (?:are|were|remain) (?:very )?"
                     r"uncertain|(?:remains?|is|are|was) (?:still )?(?:unclear|uncertain|unknown|unproven)|"
                     r"no (?:good|reliable|high[- ]quality|clear|conclusive) evidence|lack of (?:good |reliable |"
                     r"high[- ]quality )?evidence|too (?:limited|few|small|little) to|absence of evidence|"
                     r"(?:evidence|data) (?:to[- ]date |so far )?(?:is|are|was|were|remains?) (?:too )?(?:limited|"
                     r"sparse|scarce|insufficient|weak|lacking|insubstantial)|not possible to (?:draw|reach|make)|"
                     r"cannot be (?:drawn|recommended|made)|"
                     r"no (?:definite|firm|clear|reliable) conclusions? (?:could|can|may) be (?:reached|drawn|made)|"
                     r"unwise to (?:offer|draw|make) (?:firm|definite) conclusions|"
                   # "There is only limited evidence to support the effectiveness of local cooling treatments"
                   r"(?:is|was|remains) (?:only |very )?limited evidence|"
                   # "The strategy of switching … shows weak evidence of lower incidence of side effects"
                   r"(?:shows?|showed|provides?|provided|gives?|gave|is|was) (?:only |some |very )?weak evidence)\b")
# What every match of _UNSURE starts with (``led_search``: asked of every sentence used and closing).
_UNSURE_LEADS = ("insufficient ", "not ", "inconclusive", "we ", "remain", "is ", "are ", "was ", "no ", "lack of ",
                 "too ", "absence of ", "evidence ", "data ", "cannot be ", "unwise ", "show", "provide", "give",
                 "gave ")
# Words of a source that speaks of how strong its evidence is, in a way none of the patterns here read.
_SPEAKS_OF_IT = by_letters(r"\b(?:quality(?! of life)|bias|limitations?|methodolog\w*|underpowered|imprecis\w*|"
                           r"(?:study|sample) sizes?|"
                           r"certainty|confidence in|insubstantial|problems (?:of|with) (?:the )?methods?|"
                           r"flaw(?:s|ed))\b")
# "The evidence for CMHT based care is insubstantial", "Current evidence on X is limited": the authors' word on the
# evidence for the whole question, said even beside a firm conclusion; not "evidence for effects on biological
# measures is limited", which is about one outcome.
THIN_EVIDENCE = re.compile(
    r"^(?:[\w,'-]+ ){0,3}?(?:the |current |available |existing |overall )*(?:body of )?evidence(?: base)?(?: (?:for|on|"
    r"about|from|of|supporting) (?P<about>[^.;]{0,90}?))? (?:is|are|was|were|remains?) (?:still |very |rather |"
    r"currently |therefore )?(?:insubstantial|limited|weak|sparse|scarce|insufficient|inconclusive|poor|thin|"
    r"lacking|of (?:very )?low)\b")
# The authors' own word that their evidence cannot answer the question, whatever its rating: "the evidence to-date is
# insufficient to determine the effects of …", "The available data are insufficient to conclude that …".
_DENIED = by_letters(r"\b(?:insufficient|not enough|inadequate) to (?:determine|conclude|establish|judge)\b|"
                     r"\bno (?:firm|definite) conclusions?\b|\bnot (?:possible|able) to (?:draw|reach|make) (?:any )?"
                     r"(?:firm |definite )?conclusions?\b")
# "No further trials … are required in sub-Saharan Africa", "Further studies … are not required": a question settled.
_NOT_NEEDED = by_letters(r"\bno (?:further|more|additional|new) (?:[\w-]+ ){0,3}(?:trials|research|studies|rcts)\b"
                         r"|\b(?:are|is) not (?:required|needed|warranted|necessary|justified)\b")
_CAUTION = by_letters(r"\b(?:interpreted|treated|viewed|considered|read) with (?:caution|care)\b")

_STRENGTH: Mapping[str, str] = MappingProxyType({"very low": "very weak", "low": "weak", "moderate": "fairly strong",
                                                "high": "strong"})
_GRADE_WORDS: Mapping[str, str] = MappingProxyType({
    "high": "The evidence is strong. We can be confident in these results.",
    "moderate": "The evidence is fairly strong. We can be fairly confident, but new studies could change the picture.",
    "low": "The evidence is weak. The real effect could be quite different.",
    "very low": "The evidence is very weak. We cannot be sure of these results.",
})


# Doubt about one part of the question only: "insufficient evidence to assess the impact on oxygenation",
# "insufficient evidence about several patient-important outcomes".
_NARROW = re.compile(r"\s*(?:to (?:assess|determine|evaluate|judge|comment on) )?(?:the )?"
                     r"(?:(?:impact|effects?|role) )?on\b|"
                     r"\s*(?:about|regarding|for|on) (?:several|some|other|secondary|many)\b")


_OF_THE_LAST = re.compile(r"\s*(?:whether|if|how far|how|to what extent) (?:this|these|that|those|it|they)\b")


# "there was insufficient evidence to draw conclusions" (of one part): the evidence itself is what falls short.
_PART_UNSURE = by_letters(r"\b(?:insufficient|not enough|too little) (?:evidence|data)\b|"
                          r"\b(?:evidence|data) (?:is|are|was|were) (?:insufficient|lacking)\b")


def _conceded(s: Sentence, m: re.Match[str]) -> bool:
    """"Despite lack of evidence of longer-term benefit, … we would recommend …": a doubt conceded, then firm."""
    return s.low.startswith(("despite ", "in spite of ")) and m.end() < s.low.find(",")


def _unsure(s: Sentence) -> bool:
    """The sentence says the evidence is not enough, other than as a doubt it concedes before a firm claim."""
    m = led_search(_UNSURE, s.low, _UNSURE_LEADS)
    return m is not None and not _conceded(s, m)


def _doubts_all(s: Sentence) -> bool:
    """The authors doubt the whole answer ("No conclusions can be drawn"), not one part of it."""
    m = led_search(_UNSURE, s.low, _UNSURE_LEADS)
    if m is not None and _conceded(s, m):
        return False
    # "It is unclear whether this could be extrapolated …": a doubt about what was just said, not the whole answer.
    # "For other materials, there was insufficient evidence …": a doubt about the rest, said first.
    return (m is not None and not _NARROW.match(s.low, m.end()) and not _OF_THE_LAST.match(s.low, m.end())
            and not s.low.startswith(("for other ", "for some ", "for the other ", "for the remaining ",
                                      "for several ", "for all other ")))


def _thin_evidence(s: Sentence) -> bool:
    """The authors call the evidence for their whole question thin ("The evidence for X is insubstantial")."""
    if "evidence" not in s.low:
        return False
    m = THIN_EVIDENCE.match(s.low)
    about = (m.group("about") or "") if m else ""
    return m is not None and " on " not in f" {about} " and not _NARROW.match(about)


def grade_words(grade: Grade) -> str:
    """A GRADE rating (or a spread of them) in everyday words."""
    if grade.low == grade.high:
        return _GRADE_WORDS[grade.low]
    lo, hi = LEVELS.index(grade.low), LEVELS.index(grade.high)
    if hi <= 1:
        return "The evidence is weak to very weak. We cannot be sure of these results."
    if lo >= 2:
        return "The evidence is fairly strong to strong. We can be fairly confident in these results."
    # A spread that reaches weak evidence must say so: "fairly strong" alone would claim too much.
    return (f"The evidence is {_STRENGTH[grade.high]} for some results but {_STRENGTH[grade.low]} for others. "
            f"{_NOT_ALL}")


_NOT_ALL = "We cannot be sure of all of them."


def how_sure(abstract: Abstract, used: Sequence[Sentence], *, preprint: bool, chance: bool, studies: int | None,
             caveat: bool = False, limit: int = 4, main: Sequence[Sentence] = ()) -> str:
    """The "How sure we can be" part: at most ``limit`` short sentences, strongest signal first.

    ``used`` are the source sentences the entry shows: a rating its conclusion gives is
    said when it is as low as any the abstract gives; otherwise the spread of every rating
    is said, since "fairly strong" must not stand when other results rest on weak evidence;
    ``chance`` is whether a result it rests on could be down to chance; ``studies`` is how
    many studies a review included, when it says; ``caveat`` is whether the authors' caution
    after their conclusion was left out of "What was found", so must be said here;
    ``main`` is the main conclusion: when it is firm ("Interferon is effective …"), a
    doubt the authors raise elsewhere is about a side question, not the answer.
    """
    said: list[str] = []
    grade = _grade(abstract)
    weak = grade is not None and LEVELS.index(grade.low) <= LEVELS.index("low")
    # Ratings of moderate or high beside the authors' own "the evidence to date is insufficient to determine the
    # effects" (CD010336): the rating is said, but not "We can be fairly confident", which the authors deny.
    thin = any(map(_thin_evidence, (abstract.sentences[i] for i in abstract.conclusions)))
    doubted = grade is not None and not weak and (thin or any(_DENIED.search(s.low) for s in used))
    if grade:
        said.append(grade_words(grade).split(". ", 1)[0] + "." if doubted else grade_words(grade))
    # "We cannot be sure of these results" already says it when all the evidence is weak.
    mixed = weak and grade is not None and LEVELS.index(grade.high) >= LEVELS.index("moderate")
    firm = bool(main) and not any(hedged(s.text) for s in main)
    # The authors' closing sentences, and any after a main conclusion found before where their closing run was read
    # to start ("Catgut may increase …", then "For other materials, there was insufficient evidence …").
    after = main[0].index + 1 if main and abstract.conclusions and main[0].index < abstract.conclusions[0] else None
    ends = (*range(after, abstract.conclusions[0]), *abstract.conclusions) if after else abstract.conclusions
    closing = () if firm else tuple(abstract.sentences[i] for i in ends)
    if caveat or ((not grade or mixed) and ((led_search(_UNSURE, " ".join(s.low for s in used), _UNSURE_LEADS)
                                             and any(map(_unsure, used))) or any(map(_doubts_all, closing)))) \
            or doubted or (not weak and thin):
        if said and said[-1].endswith(_NOT_ALL):  # "We cannot be sure of all of them": the authors' word says more
            said[-1] = said[-1][:-len(_NOT_ALL)].rstrip()
        said.append("The authors say the evidence is not enough to be sure.")
    if not grade and not said and any(says(_CONVINCING, s.low, "convincing", "compelling", "robust", "strong")
                                      for s in closing or main):
        said.append("The authors say the evidence is strong.")
    if chance:
        said.append("Some of the differences found could be down to chance.")
    text = abstract.low
    if studies == 0:
        said.append("There were no studies to base this on.")
        return " ".join(said[:limit])  # with no studies, nothing can be said of their size or how they were run
    said.extend(of_the_studies(abstract, studies, rated=grade is not None, weak=weak))
    doubtful = list(abstract.saying(_NOT_ROBUST, "robust", "doubtful", "reliable"))
    if doubtful:
        said.append("The authors say some of the results may not be reliable." if _of_another_outcome(doubtful, main)
                    else "The authors say the results may not be reliable.")
    if _in_a_sentence(abstract, _LOOKS_BETTER, "overestimat"):
        said.append("The authors say the results may look better than they really are.")
    differ = list(abstract.saying(_DISAGREE, "heterogen"))
    if differ:
        some = _of_another_outcome(differ, main) or all(_FOR_ONE_OUTCOME.search(s.low) for s in differ)
        said.append("For some results, the studies differed a lot from each other." if some
                    else "The studies differed a lot from each other.")
    if says(_CAUTION, text, "with caution", "with care"):
        said.append("The authors say to treat the results with care.")
    wishes = [_NOT_NEEDED.search(s.low) is None for s in abstract.sentences if s.wish]
    # "No further trials of ITNs in pregnancy are required in …": settled. After two sentences on how sure we can be,
    # that more research is needed tells a reader nothing new, and its words are better spent explaining a term.
    if any(wishes) and len(said) < limit and sum(map(count_sentences, said)) < 2:
        said.append("The authors say more research is needed on some questions, but not on others." if not all(wishes)
                    else "The authors say more research is needed.")
    if preprint:
        said.append("This is a preprint: other researchers have not checked it yet.")
    if not said and any(_PART_UNSURE.search(s.low) for s in closing if "evidence" in s.low or "data" in s.low):
        # "For other materials, there was insufficient evidence to draw conclusions": a doubt about part of it only
        said.append("The authors say the evidence is not enough for some of their questions.")
    if not said:
        if _SPEAKS_OF_IT.search(text):
            # Said without "follow the link": a reader of the email's plain text or a print-out has no link to follow.
            return "The source discusses how strong its evidence is, but we could not put what it says in plain words."
        return "The source does not say how strong the evidence is."
    if preprint and len(said) > limit:
        said = [*said[: limit - 1], said[-1]]  # a preprint is always said
    return " ".join(said[:limit])


# "The information on miscarriage rates came from two trials with high heterogeneity": said of one outcome only.
_OF_ONE_OUTCOME = re.compile(r"^(?:the )?(?:information|data|results?|evidence|findings?) (?:on|for|about|regarding) "
                             r"(?P<x>[\w' -]{3,40}?) (?:came|comes|was|were|is|are)\b")


def _of_another_outcome(sentences: Sequence[Sentence], main: Sequence[Sentence]) -> bool:
    """Whether every sentence says it speaks of one outcome, and none of them one the main conclusion names: a doubt
    about miscarriage rates must not read as one about the pregnancies the conclusion counts."""
    told = {w[:5] for s in main for w in s.tokens if len(w) > 4}
    for s in sentences:
        m = _OF_ONE_OUTCOME.match(s.low)
        if not m or told & {w[:5] for w in m.group("x").split() if len(w) > 4}:
            return False
    return bool(sentences) and bool(main)


def _in_a_sentence(abstract: Abstract, pattern: re.Pattern[str], *words: str) -> bool:
    """The pattern matches in a sentence that has one of the words: far cheaper than searching the whole text."""
    return next(abstract.saying(pattern, *words), None) is not None


def _grade(abstract: Abstract) -> Grade | None:
    """The rating to say: the spread of every rating the abstract gives.

    "Moderate-quality evidence shows …" must not become "fairly strong" when the authors
    also rate other evidence very low; nor may "very low-quality evidence" on one group's
    itching become "The evidence is very weak" for a review whose other comparisons are
    rated moderate (a reviewer found that misleading): the whole spread is said.
    """
    return spread([g for s in abstract.sentences for g in s.grades])
