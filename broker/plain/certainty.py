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
from broker.plain.reading import Abstract, Sentence
from broker.plain.simplify import hedged
from broker.plain.starts import starting
from broker.plain.text import says

# (not "There was only one new study": one new since the last version, not one in all)
_FEW = starting(r"\b(?:only (?:one|two|a single|a few|three)(?! (?:new|additional|further|more|recent) )|"
                r"(?:a )?single (?:small )?(?:study|trial|rct)|"
                r"(?:one|two) (?:small )?(?:studies|trials|study|trial|rcts?) (?:was|were) (?:included|"
                r"identified|found)|"
                r"few (?:studies|trials|rcts)|"
                r"(?:small|limited) number of (?:randomi[sz]ed (?:controlled )?)?(?:studies|trials|rcts)|"
                r"(?:paucity|lack|scarcity) of (?:studies|trials|rcts)|"
                # "The number of trials might be insufficient to show the statistical significance of …"
                r"number of (?:included )?(?:studies|trials|rcts) (?:is|was|were|are|(?:might|may|could) be) "
                r"(?:too small|insufficient|limited|small)\b)\b")
_ONE_OR_TWO = re.compile(r"^(?:only (?:one|two|a single)|(?:a )?single|one|two)\b")


def _few(text: str, studies: int | None) -> str:
    """"few" where the source says its studies are few; "one" where it says only that one of several studies gave a
    result ("Only one trial reported adverse events" in a review of five speaks of one of them, not of how many there
    were); otherwise ""."""
    if not any(w in text for w in ("only", "single", "few", "number of", "paucity", "lack", "scarcity")):
        return ""
    subset = ""
    for m in _FEW.finditer(text):
        if studies is None or studies <= 2 or not _ONE_OR_TWO.match(m.group(0)):
            return "few"
        subset = subset or ("one" if "two" not in m.group(0) else "")
    return subset


# "There is evidence from one randomized controlled trial that certolizumab pegol maintains …": a result that rests
# on one study of the many a review brought together.
_ONE_BEHIND = re.compile(r"\bevidence (?:from|(?:is |was )?based on) (?:only )?(?:one|a single) (?:small )?"
                         r"(?:randomi[sz]ed (?:controlled )?|controlled |clinical )?(?:study|trial|rct)\b")
_ONE_INCLUDED = starting(r"\bthe (?:one |single |only )?included (?:study|trial|rct)\b")
_MANY_INCLUDED = re.compile(r"\bincluded (?:studies|trials|rcts)\b|\b(?:studies|trials|rcts) (?:were|are) included\b")
# "… a benefit for a small number of people with frequent headache" says who gains, and "repeat angiography was
# performed on a small number of participants" what one trial did: neither says the studies were small; nor does
# "caution in … results including small numbers of participants with these seizure types", said of some people.
_SMALL = starting(r"\b(?:small (?:studies|trials|samples?|sample sizes?|(?:participant|patient) numbers)|"
                  r"(?<!for a )(?<!on a )(?<!in a )(?<!to a )small numbers? of (?:participants|people|patients|"
                  r"(?:included )?(?:studies|trials) and (?:participants|people|patients))(?! with (?:these|those|this|"
                  r"that|other|some)\b)|"
                  r"(?:studies|trials|rcts|sample sizes?)\b[^.;]{0,40}?\b(?:were|was|are|is) (?:all |generally |"
                  r"mostly |mainly |often |very |relatively |rather |too )?small\b|"
                  r"(?:^|; |, )they (?:were|are) (?:generally |mostly |mainly |often |all |very |relatively )?"
                  r"small\b|few (?:participants|events|people|patients)|"
                  # "All studies included sample sizes of fewer than 100"
                  r"^all (?:the )?(?:included )?(?:studies|trials|rcts) (?:had|included|used) sample sizes? of "
                  r"(?:fewer|less) than \d+|"
                  r"(?<!for )(?<!on )only \d+ (?:participants|patients|people|"
                  r"women|children|infants|subjects)\b|"
                  r"(?:under|under-|inadequately |not adequately )powered\b|mostly small\b|small, (?=randomi|single|"
                  r"short|open|poor|low))")
# Said of part of the studies only: "trials comparing the laparoscopic route were underpowered", "the trials reporting
# on these outcomes were small", "studies, some of which were very small", "; the studies included are small" after a
# claim on one comparison ("The addition of further markers … has not been shown to be … superior; …").
# "One study with a small sample size showed …" beside "two studies with larger sample sizes" (CD009308) is one study.
_SOME_SMALL = re.compile(r"\b(?:one|a single|another) (?:study|trial|rct) (?:with|had|of) (?:a )?(?:very )?small\b|"
                         r"\b(?:studies|trials|rcts) (?:comparing|reporting|assessing|evaluating|that (?:compared|"
                         r"reported|assessed))\b[^.;]{0,60}?\b(?:small|underpowered)\b|\bsome of (?:which|them|these|"
                         r"the (?:studies|trials)) (?:were|are) (?:\w+ )?small\b|\bthe [\w-]+ (?:trial|study), which\b|"
                         r"\bnot been shown to be [^.;]{0,60}; the (?:studies|trials) (?:included )?(?:are|were) "
                         r"small\b")
# What the source says against how well its studies were done: any one of these must be said.
_BIAS = starting(
    r"\b(?:high risk of bias|(?:poor|low|weak) (?:methodologic(?:al)? )?quality (?:studies|trials|of the (?:studies|"
    r"trials|trial|study|included))|(?:low|poor) methodologic(?:al)? quality|methodological (?:limitations?|"
    r"weakness(?:es)?|flaws|problems|shortcomings|inadequacies|drawbacks)|serious (?:limitations|flaws)|(?:studies|"
    r"trials|study|trial|it|they) (?:were|was) (?:\w+ )?of (?:poor|low|limited|variable) (?:methodologic(?:al)? )?"
    r"quality|scored poorly|"
    r"(?:largely|mostly|generally|frequently|often) (?:poor|low)(?: quality)?|methodologically (?:poor|weak|flawed|"
    r"limited)|(?:methodological|methodologic|study|trial|overall|reporting) quality (?:of (?:the )?(?:included )?"
    r"(?:studies|trials) )?(?:was|were|is|are) (?:\w+ )?(?:low|poor|weak|limited|inadequate|variable)|"
    r"quality of (?:the )?(?:individual |included |these )?(?:studies|trials) (?:was|were|tended to be|as) (?:\w+ )?"
    r"(?:poor|low|variable|limited|moderate)|poor methods|methods (?:was|were) inadequate|none of the (?:included )?"
    r"(?:studies|trials) (?:was|were) free (?:from|of)|risk of bias (?:was|were|is|are) (?:\w+ )?(?:high|serious)|"
    r"risk of bias\b[^.;]{0,60}?\bhigh\b(?! quality)|(?:at|of|had|has|have|with) (?:a )?high (?:or unclear )?risk of "
    r"(?:\w+ )?bias|"
    r"quality\b[^.;]{0,60}?\binadequate\b|of variable (?:methodologic(?:al)? )?quality|(?:main|major) limitations? of "
    r"the "
    r"(?:included )?(?:studies|trials)|varied in (?:terms of )?(?:risk of bias|quality)|problems (?:of|with)(?: the)? "
    r"methods?)\b")
# "unclear risk of bias": the authors could not tell, which is not the same as a known weakness.
_UNCLEAR = starting(r"\bunclear (?:overall )?risk of bias\b|\b(?:risk of bias|quality)\b[^.;]{0,40}?\b(?:was|were)"
                    r" (?:\w+ )?unclear\b|\black(?:ed)? (?:descriptions|details) of (?:some )?methodolog|"
                    r"\binadequately report\w* (?:the )?risk of bias\b|"
                    # "Three of seven studies described the method of random sequence generation, none described
                    # allocation concealment": how the studies were run is not known
                    r"\b(?:none|did not|failed to) (?:of (?:the|them|these) (?:studies |trials )?)?(?:describe|"
                    r"report)d? (?:the )?(?:method of )?(?:allocation concealment|(?:random )?sequence generation)\b")
# "the estimates of effect may not be robust", "the results of the meta-analysis were doubtful".
_NOT_ROBUST = re.compile(r"\b(?:not (?:very |be )?robust|less robust|(?:were|was|are|is) doubtful|"
                         r"may not be reliable)\b")
# "Accuracy may have been overestimated due to the case-control design", "small studies can overestimate benefits":
# the results may look better than they are. Not "might overestimate or underestimate the true effect".
_LOOKS_BETTER = re.compile(r"\boverestimat(?:e|es|ed|ion|ing)\b(?![^.;]{0,40}\bor underestimat)")
# Studies too short to tell: "the median trial duration was only 6 weeks", "Most studies were small, of short duration",
# "because of the short duration of the trials". Not "Three had a short follow-up and six a longer one".
_SHORT = re.compile(r"\b(?:median|mean|average) (?:trial|study) (?:duration|length) was only\b|"
                    r"\b(?:studies|trials|rcts)\b[^.;]{0,40}?\b(?:were|was) (?:\w+, )?(?:all |mostly |generally )?"
                    r"(?:of (?:\w+ )?short duration|short(?:-term)?\b(?! of))|"
                    r"\b(?:because of|due to|given|and) the short (?:duration|follow-up)(?: period| time)? of "
                    r"(?:the |these )?(?:trials|studies)\b|\b(?:studies|trials|rcts) with short follow-up\b|"
                    r"\bhad short follow-up\b")
# Results that disagree: "there was substantial heterogeneity", "results were heterogeneous"; not "no significant …".
_DISAGREE = starting(r"(?<!no )(?<!non-)(?<!little )\b(?:substantial|considerable|significant|high|marked|important) "
                     r"(?:statistical |clinical )?heterogeneity\b|\bresults (?:were|was) heterogeneous\b|"
                     r"\bheterogeneity (?:was|were) (?:\w+ )?(?:substantial|considerable|high|significant)\b|"
                     # "The significance of these findings is limited due to clinical heterogeneity between studies"
                     r"\b(?:clinical|statistical) heterogeneity between (?:the )?(?:included )?(?:studies|trials)\b|"
                     r"\bvariability between the (?:included )?(?:studies|trials)\b")
# "Even in the most conservative estimate, the evidence that glucocorticoids … can substantially reduce … is
# convincing": the authors' own word that their evidence is strong, where they give no rating.
_CONVINCING = re.compile(r"\bthe (?:evidence|data)\b[^.;]{0,200}? (?:is|are) (?:now )?(?:convincing|compelling|"
                         r"robust|strong)\b")
_UNSURE = starting(r"\b(?:(?:insufficient|not enough) (?:randomi[sz]ed )?evidence|inconclusive|"
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
# Only what is said of the studies as a whole: "five trials were at low risk of bias" says nothing of the rest,
# "risk of bias was low in three" nothing of the other 57, and "a paucity of good quality trials" is a lack.
_WELL_RUN = starting(r"\b(?:overall|generally|mostly|all) (?:at )?(?:a )?low risk of (?:overall )?bias\b"
                     r"(?! (?:in|for) (?:\d|one|two|three|some|a few))|"
                     r"\blow risk of overall bias\b|"
                     r"\brisk of bias [^.;]{0,50}?\b(?:was|were|to be) (?:generally |mostly |mainly )?low\b"
                     r"(?! (?:in|for) )|\b(?:studies|trials|study|trial) (?:were|was) (?:\w+ )?of (?:adequate or "
                     r"good|good|high) (?:methodological )?quality\b|\b(?:methodological |methodologic )?quality of "
                     r"(?:the )?(?:included )?(?:studies|trials) (?:was|were) (?:considered |judged )?(?:high|good|"
                     r"fair to good)\b|^(?:in general,? )?(?:the )?(?:overall )?methodological quality (?:was|were) "
                     r"(?:high|good)\b")
# A count just before a statement about quality: it is said of some of the studies only.
_SOME = re.compile(r"(?:\d|\b(?:some|half|several|few|many|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                   r"twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\b|"
                   r"\bthese (?:\w+ )?(?:studies|trials|rcts)\b)[^.;]*$")  # "19 (20%) studies …; we considered these
# studies to have an overall low risk of bias": the ones just counted
_STUDY_QUALITY = starting(r"\b(?:low|poor)[- ]quality (?:randomi[sz]ed (?:controlled )?)?(?:trials?|stud(?:y|"
                          r"ies)|rcts?)\b")
# Words of a source that speaks of how strong its evidence is, in a way none of the patterns here read.
_SPEAKS_OF_IT = re.compile(r"\b(?:quality(?! of life)|bias|limitations?|methodolog\w*|underpowered|imprecis\w*|"
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
_DENIED = re.compile(r"\b(?:insufficient|not enough|inadequate) to (?:determine|conclude|establish|judge)\b|"
                     r"\bno (?:firm|definite) conclusions?\b|\bnot (?:possible|able) to (?:draw|reach|make) (?:any )?"
                     r"(?:firm |definite )?conclusions?\b")
# "No further trials … are required in sub-Saharan Africa", "Further studies … are not required": a question settled.
_NOT_NEEDED = re.compile(r"\bno (?:further|more|additional|new) (?:[\w-]+ ){0,3}(?:trials|research|studies|rcts)\b"
                         r"|\b(?:are|is) not (?:required|needed|warranted|necessary|justified)\b")
_CAUTION = starting(r"\b(?:interpreted|treated|viewed|considered|read) with (?:caution|care)\b")

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
_PART_UNSURE = re.compile(r"\b(?:insufficient|not enough|too little) (?:evidence|data)\b|"
                          r"\b(?:evidence|data) (?:is|are|was|were) (?:insufficient|lacking)\b")


def _conceded(s: Sentence, m: re.Match[str]) -> bool:
    """"Despite lack of evidence of longer-term benefit, … we would recommend …": a doubt conceded, then firm."""
    return s.low.startswith(("despite ", "in spite of ")) and m.end() < s.low.find(",")


def _unsure(s: Sentence) -> bool:
    """The sentence says the evidence is not enough, other than as a doubt it concedes before a firm claim."""
    m = _UNSURE.search(s.low)
    return m is not None and not _conceded(s, m)


def _doubts_all(s: Sentence) -> bool:
    """The authors doubt the whole answer ("No conclusions can be drawn"), not one part of it."""
    m = _UNSURE.search(s.low)
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
    if caveat or ((not grade or mixed) and ((_UNSURE.search(" ".join(s.low for s in used)) and any(map(_unsure, used)))
                                           or any(map(_doubts_all, closing)))) or doubted or (not weak and thin):
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
    if studies is None and "included" in text and _ONE_INCLUDED.search(text) and not _MANY_INCLUDED.search(text):
        studies = 1  # "The included study randomised 81 adults …": a review of one study, though no count is given
    one = studies == 1
    # read only where it can be said: most reviews count more than five studies, or have a rating
    few = _few(text, studies) if (studies is None or studies > 2) and (studies is None or studies <= 5 or not grade) \
        else ""
    if studies is not None and studies <= 2:
        said.append("Only one study was found." if one else "Only two studies were found.")
    elif (studies is None or studies <= 5) and few == "few":
        said.append("There are only a few studies.")
    elif not grade and studies != 1 and (says(_ONE_BEHIND, text, "from one", "from a single", "on one", "on a single")
                                         or few == "one"):
        # (a rating, when given, says more)
        said.append("Some of the results come from only one study.")
    # "The three ongoing RCTs will not be able to answer …, because they are small studies": not the studies reviewed
    small_in = [s for s in abstract.saying(_SMALL, "small", "few", "powered", "only", "sample size")
                if "ongoing" not in s.low]
    small = bool(small_in)
    if small:
        some = not one and all(_SOME_SMALL.search(s.low) for s in small_in)
        said.append("The study was small." if one else "Some of the studies were small." if some
                    else "The studies were small.")
    short = _in_a_sentence(abstract, _SHORT, "short", "duration was only")
    if short:
        said.append("The study was short." if one else "The studies were short.")
    if _in_a_sentence(abstract, _BIAS, "bias", "quality", "methodolog", "limitation", "flaw", "poor", "scored",
                      "drawback", "method") or \
            says(_STUDY_QUALITY, text, "low-quality", "low quality", "poor-quality", "poor quality"):
        said.append("The study had weaknesses in how it was done." if one
                    else "Some studies had weaknesses in how they were done.")
    elif says(_UNCLEAR, text, "unclear", "lack", "inadequately", "concealment", "sequence generation"):
        said.append("We cannot tell how well the study was done." if one
                    else "We cannot tell how well some studies were done.")
    elif not (small or weak or short) and _well_run(abstract):
        said.append("The authors judged the study to be well run." if one
                    else "The authors judged the studies to be well run.")
    doubtful = list(abstract.saying(_NOT_ROBUST, "robust", "doubtful", "reliable"))
    if doubtful:
        said.append("The authors say some of the results may not be reliable." if _of_another_outcome(doubtful, main)
                    else "The authors say the results may not be reliable.")
    if _in_a_sentence(abstract, _LOOKS_BETTER, "overestimat"):
        said.append("The authors say the results may look better than they really are.")
    differ = list(abstract.saying(_DISAGREE, "heterogen"))
    if differ:
        said.append("For some results, the studies differed a lot from each other." if _of_another_outcome(differ, main)
                    else "The studies differed a lot from each other.")
    if says(_CAUTION, text, "with caution", "with care"):
        said.append("The authors say to treat the results with care.")
    wishes = [_NOT_NEEDED.search(s.low) is None for s in abstract.sentences if s.wish]
    if any(wishes) and len(said) < limit:  # "No further trials of ITNs in pregnancy are required in …": settled
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


def _well_run(abstract: Abstract) -> bool:
    """The source says its studies were well run, of them all: not "Sixteen (50%) studies were of good quality"."""
    return any(not _SOME.search(s.low, max(0, m.start() - 30), m.start())
               for s in abstract.sentences if "bias" in s.low or "quality" in s.low
               for m in _WELL_RUN.finditer(s.low))


def _grade(abstract: Abstract) -> Grade | None:
    """The rating to say: the spread of every rating the abstract gives.

    "Moderate-quality evidence shows …" must not become "fairly strong" when the authors
    also rate other evidence very low; nor may "very low-quality evidence" on one group's
    itching become "The evidence is very weak" for a review whose other comparisons are
    rated moderate (a reviewer found that misleading): the whole spread is said.
    """
    return spread([g for s in abstract.sentences for g in s.grades])
