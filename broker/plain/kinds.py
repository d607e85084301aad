"""What kind of sentence this is: patterns that tell a claim from a remark on methods, advice, a wish or a side result.

Kept apart from ``verdict``, which weighs sentences against each other, so the
wording rules can be read (and argued about) on their own. Each pattern is matched
against a sentence in lower case; most match at its start, since a sentence's kind
is set by its main clause.
"""

from __future__ import annotations

import re
from functools import lru_cache

from broker.plain.starts import by_letters, first_letters, starting
from broker.plain.text import LETTERS, ascii_runs, keeping, mentions, says_by_pairs, word_pairs

# Sentences about how the review was done, or how good its studies were: for "How sure we can be", not a finding.
# These start a sentence (or its main clause), so they are matched at its start.
_META_START = re.compile(
    r"^(?:[\w,'-]+ ){0,4}?(?:(?:quality|certainty)(?![- ]evidence\b)|risk of bias|methodological|reporting|"
    r"heterogeneity|reasons? for|"
    r"main reasons?|common reasons?|limitations?|major limitation|searche?[sd]?|evidence is current|downgrad\w*)\b|"
    r"^(?:in this (?:review|update),? )?(?:we|the review authors) (?:downgraded|assessed|judged|rated|graded|"
    r"searched|were (?:not )?able|could not|"
    r"tried|attempted|sought|chose|decided|considered (?:the )?(?:evidence|quality|certainty|studies|trials)|"
    r"identified|included|found (?:only |just )?\w+ (?:new |ongoing |relevant )?(?:studies|trials))\b|"
    r"^(?:it was not possible|it was impossible|we were unable|no (?:study|trial|studies|trials) reported)\b|"
    # "The conclusions are supported by consistent findings, temporal relationship, and plausibility …": why the
    # authors trust their answer, in the words of method
    r"^(?:the|these|our) (?:conclusions?|findings) (?:are|is) supported by\b|"
    r"^(?:the |all |most |many |some )?(?:included )?(?:trials|studies|rcts)(?: themselves)? (?:were|are) (?:not "
    r"(?:adequately |sufficiently )?powered|underpowered)\b|"
    r"^this (?:review|update) (?:did|does) not (?:investigate|study|assess|examine|include|address|look at|cover)\b|"
    r"^an? ['\u2018\u2019\"]?(?:very )?(?:low|moderate|high)['\u2018\u2019\"]? (?:grade|rating) means\b|"
    r"^no (?:data|information|evidence) (?:were|was) (?:found|available|reported|identified)\b|^the true effect\b|"
    # "Our conceptual framework provides a basis for establishing consensus …": the review's own tool, not a finding
    r"^(?:our|this|the) (?:proposed |conceptual |analytic(?:al)? )?(?:framework|typology|taxonomy|logic model)\b|"
    r"^no (?:[\w-]+ ){0,3}?(?:stud(?:y|ies)|trials?|rcts?)\b[^.;]{0,100}?\b(?:ha(?:ve|s)|had) (?:\w+ )?(?:reported|"
    r"assessed|measured|examined|addressed|looked at|evaluated|investigated|compared)\b")
# The rest may stand anywhere in a sentence: each is looked for only when a word it needs is there.
_META_ANYWHERE = (
    (("cross", "design"), by_letters(r"\b(?:cross-over|crossover|study design|trial design)\b[^.]{0,40}\b"
                                     r"(?:appropriate|suitable)\b")),
    (("no ",), by_letters(r"\bno (?:trials?|stud(?:y|ies)|rcts?) (?:that )?(?:has |have )?(?:reported|assessed|"
                          r"measured|examined)\b")),
    (("we ",), by_letters(r"\bwe (?:classified|judged|rated|graded|assessed) (?:the )?(?:overall )?(?:quality|"
                          r"certainty)\b|\bwe (?:did not|could not|were unable to) (?:compare|assess|analy[sz]e|"
                          r"perform|pool|combine|include)\b")),
    (("preprint", "peer", "guide"), by_letters(r"\b(?:is a preprint|not (?:yet )?(?:been )?peer[- ]reviewed|should not "
                                               r"be used to guide)\b")),
    (("fund", "sponsor", "editorial", "conflict", "living", "update", "refer"), by_letters(
        r"\b(?:funded|funding|sponsored|sponsorship|editorial (?:support|note)|conflicts? of interest|living "
        r"systematic review|continually updated|please refer)\b")),
    # "This review highlights the lack of quality-of-life data": a remark on the evidence's gaps, not a finding.
    (("lack", "absence", "paucity", "scarcity"), by_letters(
        r"\b(?:highlights?|shows?|reveals?|underlines?|demonstrates?|points? to) the (?:lack|absence|paucity|scarcity) "
        r"of (?:[\w-]+ ){0,3}?(?:data|information|studies|trials|research)\b")),
    # "Accuracy may have been overestimated due to the case-control design, which is a serious limitation of the
    # current evidence base": how far the evidence can be trusted, for "How sure we can be".
    (("limitation", "overestimat", "underestimat"), by_letters(
        r"\b(?:limitations? of (?:the )?(?:current )?evidence|(?:over|under)estimated (?:due to|because of))\b")),
    # "Findings should be interpreted in the context of the related review": how to read the results, not one.
    (("interpret",), by_letters(r"\b(?:should|must|need to|needs to) be interpreted\b")),
    # "Evidence in this review is primarily relevant to high-income settings": where it applies, not what it found.
    (("relevant to", "applicable to", "generali"), by_letters(
        r"\b(?:is|are) (?:primarily|mainly|largely|mostly|only) (?:relevant|applicable|generali[sz]able) to\b")),
    # "Since the last version of this review no new relevant studies have been identified": about the update.
    (("no new", "no additional", "no further"), by_letters(
        r"\bno (?:new|additional|further) (?:relevant |eligible )?(?:stud(?:y|ies)|trials?|rcts?)\b[^.;]{0,40}?"
        r"\b(?:were|was|have been|has been|had been) (?:found|identified|included|located)\b")),
    (("confidence in the",), by_letters(r"\b(?:little|limited|some|moderate|no) confidence in the (?:effect )?"
                                        r"estimates?\b")),
)

_META_PAIRS = word_pairs(_META_ANYWHERE)
# What _META_START needs: how one of its choices opens, or a word another must hold (looked for first: most
# sentences have none).
_META_OPENINGS = ("in this ", "we ", "the review authors ", "it was ", "no ", "this ")
_META_WORDS = ("quality", "certainty", "risk of bias", "methodological", "reporting", "heterogeneity", "reason",
               "limitation", "search", "evidence is current", "downgrad", "supported by", "powered", " means",
               "the true effect", "framework", "typology", "taxonomy", "logic model")


@lru_cache(maxsize=512)
def is_meta(low: str) -> bool:
    """A sentence (in lower case) about how the review was done or how good its studies were, not a finding.

    Cached for one entry, which asks it of the same sentences again and again; ``entry.parts`` empties the cache.
    """
    if (low.startswith(_META_OPENINGS) or mentions(low, _META_WORDS)) and _META_START.match(low):
        return True
    return says_by_pairs(_META_PAIRS, low)


# "Overall, although there was low risk of attrition …, the trials themselves were not adequately powered …": the
# main clause is the one after both.
LEADING_CLAUSE = re.compile(r"^(?:(?:Overall|In summary|In conclusion|Taken together),\s*(?=[a-z]))?"
                            r"(?i:Due to|Because of|Given|Despite|Although|While|Since|Based (?:on|upon)|In view of|"
                            r"With|After|For|Using|To date|Currently|At present)\b[^,]{0,220},\s*")
# A sentence that qualifies the one before it: it must go with it, or neither goes.
CONTRAST = re.compile(r"^(?:However|But|Yet|Although|Though|Nevertheless|Nonetheless|Still|That said|"
                       r"On the other hand|"
                       r"Despite this|In contrast|Conversely|Even so|This (?:was|is) (?:based|limited)|"
                       # "Whilst this reduction is statistically significant, the clinical significance is less clear"
                       r"(?:Whilst|While) (?:this|these|the|such)\b[^,;]{0,80}?\b(?:is|are|was|were)\b[^,;]{0,60}, |"
                       r"(?:These|This|Such) (?:findings|results|conclusions?|data|evidence) (?:are|were|is|was|should|"
                       r"must|need))\b")
# "The amount of additional weight loss, however, is relatively small …": a "however" a few words in qualifies too.
LATE_CONTRAST = re.compile(r"^(?:[\w'-]+ ){1,7}?[\w'-]+, (?:however|though|nevertheless|nonetheless),")
# "However, the clinical usefulness of naloxone … remains to be determined and additional trials are needed": a
# doubt about the claim before it, which must go with it even though it also asks for more trials.
DOUBT = by_letters(r"\b(?:remains? to be (?:determined|established|seen|proven|shown)|(?:is|are|remains?) (?:still )?"
                    r"(?:unclear|uncertain|unknown|unproven|not known))\b")
# A follower that only says how weak the evidence is: "How sure we can be" says that.
UNSURE_ONLY = re.compile(r"^(?:however,? |but |yet |nevertheless,? )?(?:(?:some|many|most|all|the) (?:of the )?"
                          r"(?:included )?(?:studies|trials) (?:were|was|are|had)|(?:these|the|our) (?:conclusions|"
                          r"findings|results) (?:are|were|should|must|need))")
# A conclusion about the whole question, not one outcome: "any topical therapy", "patients with sepsis".
GENERAL = by_letters(r"\b(?:any|all|overall|in general|nearly all|most) (?:\w+ )?(?:therapy|therapies|treatments?|"
                    r"interventions?|outcomes?|comparisons|patients|people|participants)\b|\b(?:in|among|for) "
                    r"(?:people|patients|adults|children|women|men|infants|babies|carers|older people) (?:with|who|"
                    r"having|undergoing|receiving|after|aged|at)\b")
# "EMLA was also effective", "evidence also suggests": a second finding, which leans on a first.
ALSO = by_letters(r"\b(?:is|are|was|were|has|have|had|did|does|may|might|can|could) also\b|\balso (?:suggests?|shows?|"
                 r"showed|indicates?|found|finds|supports?)\b")
CLAIM_FIRST = re.compile(r"^(?:[\w,-]+ ){0,4}?(?:this (?:systematic |cochrane |updated )?review|our review|"
                          r"the evidence)"
                          r"(?: [\w-]+){0,6}? (?:suggests|shows|finds|found|supports|indicates)\b")
# The authors' verdict that the evidence does not show it ("We found no evidence that X …", "There is insufficient
# evidence …", "We are uncertain whether …") or their own "we conclude": a line that a hopeful "X might help" or a
# side result must never outrank.
VERDICT = re.compile(
    r"^(?:[\w,'-]+ ){0,4}?(?:(?:we (?:found|did not find)|there (?:is|was|are|were)|this (?:systematic |cochrane "
    r"|updated )?review (?:found|provides|shows)) (?:(?:currently|still|only|very|clinically|statistically|"
    r"high[- ]quality|good|clear|convincing|reliable|direct|strong) )*(?:no|little|insufficient|inadequate|not enough|"
    r"limited|a lack of|no convincing) (?:[\w-]+ ){0,2}?evidence (?:from (?:this|the) review )?(?:that|(?:as to |on "
    r")?whether|to (?:support|show|determine|assess|"
    r"evaluate|recommend|suggest|judge|draw|make|answer|guide)|of (?:a |any )?(?:benefit|effect|difference|clinical|"
    r"improvement|harm)|for (?:the |any )?(?:use|benefit|effect|effectiveness|efficacy))|our (?:review|analysis) "
    r"concludes|we conclude)\b")
# A result at one time point ("for disability at short term follow-up", "at 22 weeks"): one outcome, not the answer.
ONE_TIME = by_letters(r"\b(?:at|in the) (?:short|intermediate|medium|long)[- ]term(?: follow-up)?\b|"
                       r"\bat (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve) (?:days?|weeks?|months?|"
                       r"years?)\b|"
                       r"\b(?:up to|after) (?:\d+|one|two|three|four|six|twelve) (?:days?|weeks?|months?)\b")
# "Clinicians may wish to consider …": advice to practice, which a reader may take for the finding.
ADVICE = re.compile(r"\b(?:clinicians|practitioners|doctors|physicians|nurses|health professionals|policy ?makers|"
                     r"providers) (?:may|might|should|must|need to|could|will need to)\b|"
                     # "Identifying women who are most likely to respond would improve targeting": a suggestion
                     r"^[a-z]+ing\b[^.;]{0,100}?\b(?:would|could) (?:improve|help|allow|enable|increase|reduce)\b")
# "Outcomes should be meaningful for …", "Future trials should …": advice on how to do research, never a finding.
HOW_TO_RESEARCH = re.compile(r"^(?:outcomes|future (?:trials|studies|research)|(?:new |further )?(?:trials|studies)) "
                              r"should\b|^future (?:trials|studies|research)\b[^.;]{0,60}? (?:would|will|may|might|"
                              r"could) (?:also )?be (?:useful|helpful|valuable|needed|of (?:use|value|interest))\b")
# "For women, …", "In men, …": a result for part of the people studied.
FOR_SOME = re.compile(r"^(?:for|in|among) (?:the )?(?:women|men|girls|boys|children|adults|older (?:people|adults)|"
                       r"younger (?:people|adults)|infants|adolescents)\b,")
# "… is more effective than any other", "… over one another": which of several is best, a side question to whether
# they work at all.
RANKS = by_letters(r"\b(?:than (?:any )?(?:other|another)|over (?:one )?another|one another|"
                    r"the relative (?:effectiveness|efficacy|effects?|benefits?|merits) of)\b")
# A gap in what was reported, not a finding: "the lack of quality-of-life data", "no information on costs".
NO_DATA = by_letters(r"\b(?:lack|absence|paucity|scarcity) of (?:[\w-]+ ){0,3}?(?:data|information)\b|"
                      r"\bno (?:[\w-]+ )?(?:data|information) (?:on|about|were|was)\b|"
                      # "There is no evidence from RCTs to allow us to draw definitive conclusions on the optimal
                      # treatment intervals and doses": a gap in how best to give it, beside whether it works.
                      r"\bno (?:[\w-]+ )?(?:data|evidence|information)\b[^.;]{0,90}?\b(?:on|about|regarding|"
                      r"of) (?:the )?(?:optimal|best|ideal|most effective)\b|"
                      # "There is no available evidence … on outcomes such as improvement in growth, …": a gap.
                      r"\bno (?:available )?(?:data|evidence|information)\b[^.;]{0,60}?\bon (?:the )?(?:other )?"
                      r"outcomes\b")
# "The evidence for CMHT based care is insubstantial": how strong the evidence is, which "How sure we can be" says;
# a claim about the treatment itself, where there is one, leads before it.
EVIDENCE_ONLY = re.compile(
    r"^(?:the |current |available |existing |overall )*(?:body of |level of )?evidence(?: base)?(?: (?:for|on|about|"
    r"from|of) [^.;]{0,80}?)? (?:is|are|was|were|remains?) (?:\w+ )?(?:insubstantial|limited|weak|sparse|scarce|"
    r"insufficient|inconclusive|lacking|poor|low)\b(?! to (?:allow|draw|make|reach|support|determine|conclude|"
    r"recommend|show))")
COUNTED_PEOPLE = re.compile(r"\b\d[\d,]* (?:participants|patients|people|women|men|children|infants|adults|babies)\b")
HARM_CLAIM = by_letters(r"\b(?:more likely to cause|causes? (?:more|frequent|serious))\b")
SECOND_RATING = re.compile(r"\b(?:quality|certainty) evidence (?:that|of|for|suggest)", re.I)
DEPENDS = by_letters(r"\b(?:will |would |may )?depends? (?:mainly |largely |partly |heavily )?(?:up)?on\b")
SPECULATION = by_letters(r"\b(?:might|could|would)\b(?! not\b)")
# "Due to the higher rate of serious adverse events, heroin prescription should remain a treatment for people who
# … failed maintenance treatment": advice whose reason is a harm says the harm, which a reader must not miss; not
# "Given the apparent adverse impact of …, the anticipated development of … could lead to …", a thought on research.
HARM_REASON = re.compile(r"^(?:due to|because of|given|in view of|owing to) (?:the |a |an )?[^,;]{0,60}?\b(?:adverse|"
                         r"side[- ]effects?|harms?|complications?|toxicity|toxicities)\b[^,;]{0,40},"
                         r"[^;]*?\b(?:should|must)\b")
# Subgroups and sensitivity analyses: side analyses, never a key result on their own.
SIDE_ANALYSIS = by_letters(r"\bsubgroups?\b|\bsensitivity analys[ie]s\b")
SIDE = by_letters(r"\bsecondary (?:outcome|end ?point|measure)s?\b|\bother (?:review )?outcomes\b")
SIDE_WORDS = ("secondary", "other")  # one of which SIDE needs: looked for first, as with says()
# Its hundred words are put behind their first letters (first_letters): at each place one is tried, not all.
CLAIM = starting(r"\b(?:" + first_letters(
    r"evidence|effective|ineffective|effects?|benefits?|beneficial|harms?|harmful|safe|safety|improve[sd]?|"
    r"improvements?|reduce[sd]?|reductions?|increase[sd]?|decreases?|lowers|prolongs|prevent(?:s|ed)?|help(?:s|ed)?|"
    r"work(?:s|ed)?|better|worse|"
    r"lower|higher|fewer|more likely|less likely|differences?|associated|linked|common|support(?:s|ed)?|"
    r"indicates?|efficacious|"
    r"suggests?|shows?|showed|found|conclude[sd]?|may|might|probably|likely|appears?|seems?|uncertain|uncertainty|unclear|"
    r"unknown|no|none|limited|modest|lack|little|insufficient|inconclusive|disputed|conflicting|mixed|"
    r"similar|comparable|equivalent|not|feasible|acceptable|worth|possible|practical|valued|helped|helpful|useful|"
    r"fell|rose|shorter|longer|faster|slower|greatest|biggest|adopted|recommends?|calling|calls? (?:for|on)|urge|"
    r"could|can|should|would|confirms?|confirmed|unable|cannot|impossible|relationship|presence|promote[sd]?|"
    r"outweighs?|favou?rs?|favou?red|enhance[sd]?|protects?|causes?|leads? to|results? in|resulted in|"
    r"remains? to be|superior|"
    r"inferior|non-inferior|similarly|sufficiently high|helpful|unhelpful|useful|"
    # what a test detects: "They detect seven out of 10 Down's affected pregnancies …"
    r"detects? (?:about |around |approximately )?(?:\d+|one|two|three|four|five|six|seven|eight|nine) (?:out of|in)|"
    # a test's accuracy is a diagnostic review's verdict: "X has a high sensitivity and specificity"
    r"(?:high|low|good|poor|excellent|moderate) (?:sensitivity|specificity|accuracy)") + r")\b")
# "We were unable to draw any conclusions about X": the authors' verdict that nothing can be said, not a method.
NO_VERDICT = by_letters(r"\b(?:unable|not able|not possible|impossible|could not|cannot|can not|(?:are|is|were|was) "
                         r"insufficient) (?:to )?(?:draw|reach|make|offer|give|comment|say|conclude|determine|tell|"
                         r"know|present|allow)\b")
# Side remarks that read like conclusions: a harm or a complication in the subject, a line of background
# about other evidence, and "promising, but needs more trials".
HARMS_FIRST = re.compile(r"^(?:[\w,'-]+ ){0,11}?(?:adverse|side[- ]effects?|complications?|harms?|toxicity|"
                          r"morbidity|tolerab\w*|withdrawals?|injur(?:y|ies))\b")
# In two parts: what is said at the start is tried there only, and "from …" only where "from " is (is_background).
_BACKGROUND_START = re.compile(r"^(?:(?:we know|it is (?:well )?(?:known|established|recogni[sz]ed)|"
                               r"previous (?:studies|reviews|research|trials))\b|"
                               r"(?:[\w-]+ ){1,4}(?:is|are) (?:widely|commonly|often) used\b|"
                               # "The aim of intravesical therapy in NMIBC is to prevent tumour recurrence …": what
                               # a treatment is for, not what the review found
                               r"the (?:aims?|goals?|purpose) of (?:[\w-]+ ){1,6}(?:is|are) to\b)")
# How _BACKGROUND_START's choices open, or (" used") what the one that opens with any words needs: looked for first.
_BACKGROUND_OPENINGS = ("we know", "it is ", "previous ", "the aim", "the goal", "the purpose")
_BACKGROUND_FROM = by_letters(r"\bfrom (?:adult|animal|previous|earlier|other|observational) "
                              r"(?:randomi[sz]ed |controlled |clinical )*(?:studies|trials|reviews|research|data)\b")


def is_background(low: str) -> bool:
    """A line of background (in lower case): what is known, previous studies, what a treatment is for."""
    return ((low.startswith(_BACKGROUND_OPENINGS) or " used" in low) and bool(_BACKGROUND_START.match(low))) or (
        "from " in low and bool(_BACKGROUND_FROM.search(low)))
# "X is promising, but further trials are required": a claim, then a wish.
CLAIM_BUT_WISH = re.compile(r"^[^;]{10,200}?\b(?:promising|effective|beneficial|helpful|safe|improves?|reduces?|may|"
                             r"appears?|seems?|suggests?|associated|linked)\b[^;]{0,80}?,? but (?:further|more|"
                             r"larger|future|additional|well-designed|rigorous|high[- ]quality)\b")
# "One trial examining X found …", "In two studies …": a result from some of the studies, rarely the conclusion.
SOME_STUDIES = re.compile(r"^(?:in |only )?(?:(?:one|a single|two|three|four|\d+)(?: [\w-]+){0,3}?|individual) "
                           r"(?:study|trial|studies|trials|rcts?)\b")
# "The effect may be greater for patients who have taken X for longer": how an effect differs between groups.
MODIFIED = by_letters(r"\b(?:greater|larger|stronger|smaller|weaker|more pronounced|more marked)\b[^.;]{0,60}?\b"
                       r"(?:for|in|among) (?:the treatment of )?(?:\w+ ){0,3}?(?:patients|people|participants|those|"
                       r"women|men|children) (?:who|with|aged|taking|receiving)\b")
MODIFIED_WORDS = ("greater", "larger", "stronger", "smaller", "weaker", "more pronounced", "more marked")
# Words one of which each of those patterns needs: a cheap look first, since abstracts are long.
TENTATIVE_WORDS = ("promising", "confirm", "further", "more ", "larger", "additional", "warrant", "limited evidence")
ADVICE_WORDS = (" may", " should", " must", " need", " could", " would")
NO_VERDICT_WORDS = ("unable", "not able", "possible", "could not", "cannot", "can not")
BACKGROUND_WORDS = ("know", "previous", "from ", " used", " to ")


# A pronoun that can only point at the sentence just before: "It is unclear whether it can replace bandages."
# "Other comparisons did not show …", right after the verdict on one: the authors' word on all the rest.
THE_OTHERS = re.compile(r"^Other (?:comparisons|treatments|interventions|therapies|medicines|drugs|approaches) ")
POINTS_ON = re.compile(r"^(?:It|They|This|These|Its|Their) |" + THE_OTHERS.pattern)
# "It is unclear whether this could be …": a pointer in an opening that does not itself lean.
# "Complications such as tracheal obstruction …": "such as" names what follows, it points at nothing before.
POINTER = re.compile(r"^(?:[\w,'-]+ ){0,6}?(?:this|these|those|such(?! as\b)|it|they|them|its|their|the two)\b(?! "
                     r"(?:review|update|systematic|cochrane|stud(?:y|ies)|trials?)\b)")
# Near the start of a claim, "these children" points back at people the reader was never told of.
POINTED_AT = re.compile(r"^(?:[\w,'-]+ ){0,8}?(?:these|those|such) (?:children|patients|people|participants|women|men|"
                         r"infants|adults|babies|drugs|medicines|medications|agents|interventions|treatments|groups|"
                         r"doses|dosages|regimens|settings|devices|products|techniques|programmes|programs|"
                         r"strategies|approaches|conditions|circumstances|populations|comparisons)\b")
# "There is a lack of evidence to support the use of other harm reduction aids": "other" than one named before.
OTHER = re.compile(r"^(?:[\w,'-]+ ){0,14}?(?<!than )(?<!with )(?<!to )(?<!and )(?<!or )(?<!over )(?<!versus )"
                    r"(?<!any )(?<!all )(?<!no )other (?:[\w-]+ ){0,3}?(?:aids|interventions|treatments|drugs|"
                    r"medicines|medications|therapies|agents|methods|approaches|strategies|programmes|programs|"
                    r"devices|options|types)\b")
# "For other childhood cancers no RCTs were identified": other than those of a sentence before it, which if not
# told leaves the reader thinking nothing else was studied.
FOR_OTHER = re.compile(r"^(?:for|in|among|across) (?:all )?(?:the )?other\b")
# "… found very low-certainty evidence of a difference …": a claim the authors hardly make, read as a benefit; after
# their "there is insufficient evidence …" it tells no more than that verdict, and "How sure we can be" rates it.
VERY_LOW_CLAIM = by_letters(r"\bvery[- ]low[- ](?:certainty|quality) evidence (?:of|that|for|suggest)")
NOT_ENOUGH = by_letters(r"\b(?:insufficient|not enough|inadequate|no (?:good|clear|reliable) ) ?evidence\b")
# "Limited evidence suggested that X may be …": a hedged result in the past tense, which a firmer claim outranks.
TENTATIVE = starting(r"^limited evidence suggested\b|\bpromising\b|\bneeds? (?:confirmation|to be confirmed)\b|"
                     r"\b(?:require|need)s? (?:further|"
                      r"more|larger|additional) (?:trials|studies|research|evaluation)\b|\bwarrants? further\b")
# "Based on low-quality evidence, …" and "Moderate-certainty evidence suggests that …": the rating
# goes to "How sure we can be", and the claim keeps its own hedges.
_LEVEL = r"(?:very[- ]low|low|moderate|high)(?:-?\s*(?:to|or)\s+(?:very[- ]low|low|moderate|high))?"
RATED_OPENER = re.compile(
    r"^(?:(?:Based (?:on|upon)|On the basis of|From|Given|With) (?:the |this |mostly |overall |consistently )*"
    + _LEVEL + r"[- ](?:quality|certainty) evidence(?: [^,]{0,80})?(?:,\s*|\s+(?=we are uncertain))"
    r"(?:(?:due to|because of) [^,]{0,80},\s*)?"
    r"(?:we (?:found|conclude) (?:that )?)?|"
    r"(?:There (?:is|was)(?: also)?|We (?:also )?found|This review (?:found|provides)) (?:some )?(?:GRADE )?" + _LEVEL
    + r"[- ](?:quality|certainty) evidence (?:from [^,]{0,60}? )?(?:to suggest |showing |suggesting |indicating |"
    r"which suggests |that suggests )?that\s+|"
    + _LEVEL + r"[- ](?:quality|certainty) evidence (?:from [^,]{0,60} )?(?:suggests|shows|showed|indicates|"
    r"found|suggested|demonstrated) (?:that )?|"
    r"(?:The )?evidence of " + _LEVEL + r" (?:quality|certainty) (?:from [^,]{0,60} )?(?:suggests|shows|showed|"
    r"indicates|found|suggested|demonstrated) (?:that )?|"
    r"(?:Given|Because of|Due to) the " + _LEVEL + r" (?:quality|certainty) of (?:the )?evidence,\s*|"
    r"(?:Given|Because of|Due to|Owing to) (?:the )?" + _LEVEL + r"[- ](?:quality|certainty) evidence,\s*|"
    r"(?:This review found|There is|We found|In addition, there is) a " + _LEVEL + r" level of certainty that\s+|"
    # "We have moderate certainty in the evidence that a single BtA treatment session is associated with …"
    r"(?:We (?:also )?have|There is(?: also)?) " + _LEVEL + r" (?:certainty|confidence) in the evidence that\s+)",
    re.I)
STOP = frozenset([
    "a", "an", "the", "and", "or", "of", "in", "on", "for", "to", "with", "by", "at", "from", "as", "is", "are",
    "was", "were", "be", "been", "this", "that", "these", "those", "there", "their", "they", "it", "its", "we",
    "our", "than", "more", "less", "no", "not", "may", "might", "could", "can", "which", "who", "whom", "what",
    "when", "where", "while", "than", "also", "such", "both", "between", "into", "after", "before", "over",
    "under", "about", "among", "other", "all", "any", "some", "most", "many", "much", "one", "two", "evidence",
    "review", "studies", "study", "trials", "trial", "people", "participants", "patients", "effect", "effects",
    "result", "results", "outcome", "outcomes", "group", "groups", "compared", "versus", "difference",
    "differences", "found", "showed", "shown", "risk", "rate", "data", "use", "used", "using", "uncertain",
    "unclear", "certain", "quality", "based", "very", "low", "moderate", "high",
])
WORD = re.compile(r"[A-Za-z][A-Za-z\-]{2,}")
_NOT_WORD = keeping(LETTERS + "-")  # what is left of an ASCII text splits into runs that hold WORD's words


def content(text: str) -> set[str]:
    """The words of three letters or more, in lower case, less the common ones (``STOP``).

    For ASCII text (most) WORD's words are found without the pattern, about three times as fast: each is a run of
    letters and "-" from its first letter on, kept when it is three long or more (a shorter run holds no word).
    """
    if not text.isascii():
        return {w for w in map(str.lower, WORD.findall(text)) if w not in STOP}  # each word lowered once
    return {w for w in ascii_runs(text.lower(), _NOT_WORD, (" -",)) if len(w) > 2 and w not in STOP}


# "A minimal increase in heat loss was noted …": what was observed, one more result rather than a claim.
OBSERVED_WORDS = (" noted", " observed", " seen", " recorded", " detected")
OBSERVED = re.compile(r"^[^,;:\"\u201c(]{0,90}?\b(?:was|were) (?:noted|observed|seen|recorded|detected)\b")
# "Thus, …", "Hence, …": a conclusion drawn from the sentence before, which may stand without its opener.
OPENING_SO = re.compile(r"^(?:Hence|Thus|Therefore|Consequently|As a result),\s+")
# "… is ineffective based on one study": one study's answer.
ONE_STUDY_BASIS = by_letters(r"\b(?:based on|from|in) (?:only )?(?:one|a single) (?:small )?(?:randomi[sz]ed )?"
                             r"(?:study|trial|rct)\b")
