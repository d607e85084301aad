"""The authors' main conclusion: which sentence of an abstract says what the work shows.

A conclusion leads "What was found" because it is what the authors say their work
shows, with the direction they give it. Here each sentence is asked whether it may
lead (a claim of the authors', standing on its own, not a comment on methods) and how
much it reads as the main conclusion rather than a side remark: a harm, a subgroup, a
"promising but needs trials" aside, a line of background about other evidence, advice to
clinicians, a result at one time point, or the authors' speculation ("might suggest a
role"), which must never stand where their verdict ("We found no evidence that …") does.
"""

from __future__ import annotations

import re
from dataclasses import replace
from types import MappingProxyType

from broker.plain.clauses import has_verb
from broker.plain.reading import (
    EVALUATIVE,
    LEANING,
    OPENS_CONCLUSION,
    Abstract,
    Sentence,
    concludes,
    frequent_words,
)
from broker.plain.simplify import keeps_meaning
from broker.plain.text import says

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
    r"^(?:the |all |most |many |some )?(?:included )?(?:trials|studies|rcts)(?: themselves)? (?:were|are) (?:not "
    r"(?:adequately |sufficiently )?powered|underpowered)\b|"
    r"^this (?:review|update) (?:did|does) not (?:investigate|study|assess|examine|include|address|look at|cover)\b|"
    r"^an? ['\u2018\u2019\"]?(?:very )?(?:low|moderate|high)['\u2018\u2019\"]? (?:grade|rating) means\b|"
    r"^no (?:data|information|evidence) (?:were|was) (?:found|available|reported|identified)\b|^the true effect\b|"
    r"^no (?:[\w-]+ ){0,3}?(?:stud(?:y|ies)|trials?|rcts?)\b[^.;]{0,100}?\b(?:ha(?:ve|s)|had) (?:\w+ )?(?:reported|"
    r"assessed|measured|examined|addressed|looked at|evaluated|investigated|compared)\b")
# The rest may stand anywhere in a sentence: each is looked for only when a word it needs is there.
_META_ANYWHERE = (
    (("cross", "design"), re.compile(r"\b(?:cross-over|crossover|study design|trial design)\b[^.]{0,40}\b"
                                     r"(?:appropriate|suitable)\b")),
    (("no ",), re.compile(r"\bno (?:trials?|stud(?:y|ies)|rcts?) (?:that )?(?:has |have )?(?:reported|assessed|"
                          r"measured|examined)\b")),
    (("we ",), re.compile(r"\bwe (?:classified|judged|rated|graded|assessed) (?:the )?(?:overall )?(?:quality|"
                          r"certainty)\b|\bwe (?:did not|could not|were unable to) (?:compare|assess|analy[sz]e|"
                          r"perform|pool|combine|include)\b")),
    (("preprint", "peer", "guide"), re.compile(r"\b(?:is a preprint|not (?:yet )?(?:been )?peer[- ]reviewed|should not "
                                               r"be used to guide)\b")),
    (("fund", "sponsor", "editorial", "conflict", "living", "update", "refer"), re.compile(
        r"\b(?:funded|funding|sponsored|sponsorship|editorial (?:support|note)|conflicts? of interest|living "
        r"systematic review|continually updated|please refer)\b")),
    # "This review highlights the lack of quality-of-life data": a remark on the evidence's gaps, not a finding.
    (("lack", "absence", "paucity", "scarcity"), re.compile(
        r"\b(?:highlights?|shows?|reveals?|underlines?|demonstrates?|points? to) the (?:lack|absence|paucity|scarcity) "
        r"of (?:[\w-]+ ){0,3}?(?:data|information|studies|trials|research)\b")),
    # "Accuracy may have been overestimated due to the case-control design, which is a serious limitation of the
    # current evidence base": how far the evidence can be trusted, for "How sure we can be".
    (("limitation", "overestimat", "underestimat"), re.compile(
        r"\b(?:limitations? of (?:the )?(?:current )?evidence|(?:over|under)estimated (?:due to|because of))\b")),
    # "Findings should be interpreted in the context of the related review": how to read the results, not one.
    (("interpret",), re.compile(r"\b(?:should|must|need to|needs to) be interpreted\b")),
    # "Evidence in this review is primarily relevant to high-income settings": where it applies, not what it found.
    (("relevant to", "applicable to", "generali"), re.compile(
        r"\b(?:is|are) (?:primarily|mainly|largely|mostly|only) (?:relevant|applicable|generali[sz]able) to\b")),
    # "Since the last version of this review no new relevant studies have been identified": about the update.
    (("no new", "no additional", "no further"), re.compile(
        r"\bno (?:new|additional|further) (?:relevant |eligible )?(?:stud(?:y|ies)|trials?|rcts?)\b[^.;]{0,40}?"
        r"\b(?:were|was|have been|has been|had been) (?:found|identified|included|located)\b")),
    (("confidence in the",), re.compile(r"\b(?:little|limited|some|moderate|no) confidence in the (?:effect )?"
                                        r"estimates?\b")),
)


def is_meta(low: str) -> bool:
    """A sentence (in lower case) about how the review was done or how good its studies were, not a finding."""
    return bool(_META_START.match(low)) or any(says(pattern, low, *words) for words, pattern in _META_ANYWHERE)


# "Overall, although there was low risk of attrition …, the trials themselves were not adequately powered …": the
# main clause is the one after both.
LEADING_CLAUSE = re.compile(r"^(?:(?:Overall|In summary|In conclusion|Taken together),\s*(?=[a-z]))?"
                            r"(?i:Due to|Because of|Given|Despite|Although|While|Since|Based (?:on|upon)|In view of|"
                            r"With|After|For|Using|To date|Currently|At present)\b[^,]{0,220},\s*")
# A sentence that qualifies the one before it: it must go with it, or neither goes.
_CONTRAST = re.compile(r"^(?:However|But|Yet|Although|Though|Nevertheless|Nonetheless|Still|That said|"
                       r"On the other hand|"
                       r"Despite this|In contrast|Conversely|Even so|This (?:was|is) (?:based|limited)|"
                       r"(?:These|This|Such) (?:findings|results|conclusions?|data|evidence) (?:are|were|is|was|should|"
                       r"must|need))\b")
# "The amount of additional weight loss, however, is relatively small …": a "however" a few words in qualifies too.
_LATE_CONTRAST = re.compile(r"^(?:[\w'-]+ ){1,7}?[\w'-]+, (?:however|though|nevertheless|nonetheless),")
# "However, the clinical usefulness of naloxone … remains to be determined and additional trials are needed": a
# doubt about the claim before it, which must go with it even though it also asks for more trials.
_DOUBT = re.compile(r"\b(?:remains? to be (?:determined|established|seen|proven|shown)|(?:is|are|remains?) (?:still )?"
                    r"(?:unclear|uncertain|unknown|unproven|not known))\b")
# A follower that only says how weak the evidence is: "How sure we can be" says that.
_UNSURE_ONLY = re.compile(r"^(?:however,? |but |yet |nevertheless,? )?(?:(?:some|many|most|all|the) (?:of the )?"
                          r"(?:included )?(?:studies|trials) (?:were|was|are|had)|(?:these|the|our) (?:conclusions|"
                          r"findings|results) (?:are|were|should|must|need))")
# A conclusion about the whole question, not one outcome: "any topical therapy", "patients with sepsis".
_GENERAL = re.compile(r"\b(?:any|all|overall|in general|nearly all|most) (?:\w+ )?(?:therapy|therapies|treatments?|"
                      r"interventions?|outcomes?|comparisons|patients|people|participants)\b|\b(?:in|among|for) "
                      r"(?:people|patients|adults|children|women|men|infants|babies|carers|older people) (?:with|who|"
                      r"having|undergoing|receiving|after|aged|at)\b")
# "EMLA was also effective", "evidence also suggests": a second finding, which leans on a first.
_ALSO = re.compile(r"\b(?:is|are|was|were|has|have|had|did|does|may|might|can|could) also\b|\balso (?:suggests?|shows?|"
                   r"showed|indicates?|found|finds|supports?)\b")
_CLAIM_FIRST = re.compile(r"^(?:[\w,-]+ ){0,4}?(?:this (?:systematic |cochrane |updated )?review|our review|"
                          r"the evidence)"
                          r"(?: [\w-]+){0,6}? (?:suggests|shows|finds|found|supports|indicates)\b")
# The authors' verdict that the evidence does not show it ("We found no evidence that X …", "There is insufficient
# evidence …", "We are uncertain whether …") or their own "we conclude": a line that a hopeful "X might help" or a
# side result must never outrank.
_VERDICT = re.compile(
    r"^(?:[\w,'-]+ ){0,4}?(?:(?:we (?:found|did not find)|there (?:is|was|are|were)|this (?:systematic |cochrane "
    r"|updated )?review (?:found|provides|shows)) (?:(?:currently|still|only|very|clinically|statistically|"
    r"high[- ]quality|good|clear|convincing|reliable|direct|strong) )*(?:no|little|insufficient|inadequate|not enough|"
    r"limited|a lack of|no convincing) (?:[\w-]+ ){0,2}?evidence (?:from (?:this|the) review )?(?:that|(?:as to |on "
    r")?whether|to (?:support|show|determine|assess|"
    r"evaluate|recommend|suggest|judge|draw|make|answer|guide)|of (?:a |any )?(?:benefit|effect|difference|clinical|"
    r"improvement|harm)|for (?:the |any )?(?:use|benefit|effect|effectiveness|efficacy))|our (?:review|analysis) "
    r"concludes|we conclude)\b")
# A result at one time point ("for disability at short term follow-up", "at 22 weeks"): one outcome, not the answer.
_ONE_TIME = re.compile(r"\b(?:at|in the) (?:short|intermediate|medium|long)[- ]term(?: follow-up)?\b|"
                       r"\bat (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve) (?:days?|weeks?|months?|"
                       r"years?)\b|"
                       r"\b(?:up to|after) (?:\d+|one|two|three|four|six|twelve) (?:days?|weeks?|months?)\b")
# "Clinicians may wish to consider …": advice to practice, which a reader may take for the finding.
_ADVICE = re.compile(r"\b(?:clinicians|practitioners|doctors|physicians|nurses|health professionals|policy ?makers|"
                     r"providers) (?:may|might|should|must|need to|could|will need to)\b|"
                     # "Identifying women who are most likely to respond would improve targeting": a suggestion
                     r"^[a-z]+ing\b[^.;]{0,100}?\b(?:would|could) (?:improve|help|allow|enable|increase|reduce)\b")
# "Outcomes should be meaningful for …", "Future trials should …": advice on how to do research, never a finding.
_HOW_TO_RESEARCH = re.compile(r"^(?:outcomes|future (?:trials|studies|research)|(?:new |further )?(?:trials|studies)) "
                              r"should\b")
# "For women, …", "In men, …": a result for part of the people studied.
_FOR_SOME = re.compile(r"^(?:for|in|among) (?:the )?(?:women|men|girls|boys|children|adults|older (?:people|adults)|"
                       r"younger (?:people|adults)|infants|adolescents)\b,")
# "… is more effective than any other", "… over one another": which of several is best, a side question to whether
# they work at all.
_RANKS = re.compile(r"\b(?:than (?:any )?(?:other|another)|over (?:one )?another|one another|"
                    r"the relative (?:effectiveness|efficacy|effects?|benefits?|merits) of)\b")
# A gap in what was reported, not a finding: "the lack of quality-of-life data", "no information on costs".
_NO_DATA = re.compile(r"\b(?:lack|absence|paucity|scarcity) of (?:[\w-]+ ){0,3}?(?:data|information)\b|"
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
_EVIDENCE_ONLY = re.compile(
    r"^(?:the |current |available |existing |overall )*(?:body of |level of )?evidence(?: base)?(?: (?:for|on|about|"
    r"from|of) [^.;]{0,80}?)? (?:is|are|was|were|remains?) (?:\w+ )?(?:insubstantial|limited|weak|sparse|scarce|"
    r"insufficient|inconclusive|lacking|poor|low)\b(?! to (?:allow|draw|make|reach|support|determine|conclude|"
    r"recommend|show))")
_COUNTED_PEOPLE = re.compile(r"\b\d[\d,]* (?:participants|patients|people|women|men|children|infants|adults|babies)\b")
_HARM_CLAIM = re.compile(r"\b(?:more likely to cause|causes? (?:more|frequent|serious))\b")
_SECOND_RATING = re.compile(r"\b(?:quality|certainty) evidence (?:that|of|for|suggest)", re.I)
_DEPENDS = re.compile(r"\b(?:will |would |may )?depends? (?:mainly |largely |partly |heavily )?(?:up)?on\b")
_SPECULATION = re.compile(r"\b(?:might|could|would)\b(?! not\b)")
# Subgroups and sensitivity analyses: side analyses, never a key result on their own.
SIDE_ANALYSIS = re.compile(r"\bsubgroups?\b|\bsensitivity analys[ie]s\b")
SIDE = re.compile(r"\bsecondary (?:outcome|end ?point|measure)s?\b|\bother (?:review )?outcomes\b")
CLAIM = re.compile(
    r"\b(?:evidence|effective|ineffective|effects?|benefits?|beneficial|harms?|harmful|safe|safety|improve[sd]?|"
    r"improvements?|reduce[sd]?|reductions?|increase[sd]?|prevent(?:s|ed)?|help(?:s|ed)?|work(?:s|ed)?|better|worse|"
    r"lower|higher|fewer|more likely|less likely|differences?|associated|linked|common|support(?:s|ed)?|"
    r"indicates?|efficacious|"
    r"suggests?|shows?|showed|found|conclude[sd]?|may|might|probably|likely|appears?|seems?|uncertain|unclear|"
    r"unknown|no|none|limited|modest|lack|little|insufficient|inconclusive|disputed|conflicting|mixed|"
    r"similar|comparable|equivalent|not|feasible|acceptable|worth|possible|practical|valued|helped|"
    r"fell|rose|shorter|longer|faster|slower|greatest|biggest|adopted|recommends?|calling|calls? (?:for|on)|urge|"
    r"could|can|should|would|confirms?|confirmed|unable|cannot|impossible|relationship|presence|promote[sd]?|"
    r"outweighs?|favou?rs?|favou?red|enhance[sd]?|protects?|causes?|leads? to|results? in|remains? to be|superior|"
    r"inferior|non-inferior|similarly|sufficiently high)\b")
# "We were unable to draw any conclusions about X": the authors' verdict that nothing can be said, not a method.
_NO_VERDICT = re.compile(r"\b(?:unable|not able|not possible|impossible|could not|cannot|can not|(?:are|is|were|was) "
                         r"insufficient) (?:to )?(?:draw|reach|make|offer|give|comment|say|conclude|determine|tell|"
                         r"know|present|allow)\b")
# Side remarks that read like conclusions: a harm or a complication in the subject, a line of background
# about other evidence, and "promising, but needs more trials".
_HARMS_FIRST = re.compile(r"^(?:[\w,'-]+ ){0,11}?(?:adverse|side[- ]effects?|complications?|harms?|toxicity|"
                          r"morbidity|tolerab\w*|withdrawals?|injur(?:y|ies))\b")
_BACKGROUND = re.compile(r"^(?:we know|it is (?:well )?(?:known|established|recogni[sz]ed)|previous (?:studies|reviews|"
                         r"research|trials))\b|\bfrom (?:adult|animal|previous|earlier|other|observational) "
                         r"(?:randomi[sz]ed |controlled |clinical )*(?:studies|trials|reviews|research|data)\b|"
                         r"^(?:[\w-]+ ){1,4}(?:is|are) (?:widely|commonly|often) used\b")
# "X is promising, but further trials are required": a claim, then a wish.
_CLAIM_BUT_WISH = re.compile(r"^[^;]{10,200}?\b(?:promising|effective|beneficial|helpful|safe|improves?|reduces?|may|"
                             r"appears?|seems?|suggests?|associated|linked)\b[^;]{0,80}?,? but (?:further|more|"
                             r"larger|future|additional|well-designed|rigorous|high[- ]quality)\b")
# "One trial examining X found …", "In two studies …": a result from some of the studies, rarely the conclusion.
_SOME_STUDIES = re.compile(r"^(?:in |only )?(?:one|a single|two|three|four|\d+)(?: [\w-]+){0,3}? "
                           r"(?:study|trial|studies|trials|rcts?)\b")
# "The effect may be greater for patients who have taken X for longer": how an effect differs between groups.
_MODIFIED = re.compile(r"\b(?:greater|larger|stronger|smaller|weaker|more pronounced|more marked)\b[^.;]{0,60}?\b"
                       r"(?:for|in|among) (?:the treatment of )?(?:\w+ ){0,3}?(?:patients|people|participants|those|"
                       r"women|men|children) (?:who|with|aged|taking|receiving)\b")
_MODIFIED_WORDS = ("greater", "larger", "stronger", "smaller", "weaker", "more pronounced", "more marked")
# Words one of which each of those patterns needs: a cheap look first, since abstracts are long.
_TENTATIVE_WORDS = ("promising", "confirm", "further", "more ", "larger", "additional", "warrant")
_ADVICE_WORDS = (" may", " should", " must", " need", " could", " would")
_NO_VERDICT_WORDS = ("unable", "not able", "possible", "could not", "cannot", "can not")
_BACKGROUND_WORDS = ("know", "previous", "from ", " used")


# A pronoun that can only point at the sentence just before: "It is unclear whether it can replace bandages."
_POINTS_ON = re.compile(r"^(?:It|They|This|These|Its|Their) ")
# "It is unclear whether this could be …": a pointer in an opening that does not itself lean.
_POINTER = re.compile(r"^(?:[\w,'-]+ ){0,6}?(?:this|these|those|such|it|they|them|its|their|the two)\b(?! (?:review|"
                      r"update|systematic|cochrane|stud(?:y|ies)|trials?)\b)")
# Near the start of a claim, "these children" points back at people the reader was never told of.
_POINTED_AT = re.compile(r"^(?:[\w,'-]+ ){0,8}?(?:these|those|such) (?:children|patients|people|participants|women|men|"
                         r"infants|adults|babies|drugs|medicines|medications|agents|interventions|treatments|groups|"
                         r"doses|dosages|regimens|settings|devices|products|techniques|programmes|programs|"
                         r"strategies|approaches|conditions|circumstances|populations|comparisons)\b")
# "There is a lack of evidence to support the use of other harm reduction aids": "other" than one named before.
_OTHER = re.compile(r"^(?:[\w,'-]+ ){0,14}?(?<!than )(?<!with )(?<!to )(?<!and )(?<!or )(?<!over )(?<!versus )"
                    r"(?<!any )(?<!all )(?<!no )other (?:[\w-]+ ){0,3}?(?:aids|interventions|treatments|drugs|"
                    r"medicines|medications|therapies|agents|methods|approaches|strategies|programmes|programs|"
                    r"devices|options|types)\b")
_TENTATIVE = re.compile(r"\bpromising\b|\bneeds? (?:confirmation|to be confirmed)\b|\b(?:require|need)s? (?:further|"
                        r"more|larger|additional) (?:trials|studies|research|evaluation)\b|\bwarrants? further\b")
# "Based on low-quality evidence, …" and "Moderate-certainty evidence suggests that …": the rating
# goes to "How sure we can be", and the claim keeps its own hedges.
_LEVEL = r"(?:very[- ]low|low|moderate|high)(?:-?\s*(?:to|or)\s+(?:very[- ]low|low|moderate|high))?"
_RATED_OPENER = re.compile(
    r"^(?:(?:Based (?:on|upon)|On the basis of|From|Given|With) (?:the |this |mostly |overall |consistently )*"
    + _LEVEL + r"[- ](?:quality|certainty) evidence(?: [^,]{0,80})?(?:,\s*|\s+(?=we are uncertain))"
    r"(?:(?:due to|because of) [^,]{0,80},\s*)?"
    r"(?:we (?:found|conclude) (?:that )?)?|"
    r"(?:There (?:is|was)|We found|This review (?:found|provides)) (?:some )?" + _LEVEL
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
    r"(?:We have|There is) " + _LEVEL + r" (?:certainty|confidence) in the evidence that\s+)",
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
_WORD = re.compile(r"[A-Za-z][A-Za-z\-]{2,}")


def content(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text) if w.lower() not in STOP}


def is_research_wish(s: Sentence) -> bool:
    """"More research is needed" and kin: a wish, not a finding."""
    return s.wish


def _points_at(low: str) -> bool:
    """"these children", "at these doses", "such interventions": people or things the reader was never told of."""
    return ("these " in low or "those " in low or "such " in low) and bool(_POINTED_AT.search(low))


def can_lead(s: Sentence) -> bool:
    """A sentence that may open "What was found": a claim of the authors', standing on its own."""
    if s.stats or s.leans or not CLAIM.search(s.low):
        return False  # the cheap tests first: most sentences of a results section fail them
    if _points_at(s.low):
        return False  # "If anti-histamines were to be trialled in these children, …": which children?
    if _HOW_TO_RESEARCH.match(s.low):
        return False
    if "other " in s.low and _OTHER.search(s.low):
        return False  # "… to support the use of other harm reduction aids": other than the one said before it
    text = s.text
    # The rating goes, even where what is left could not stand alone ("… evidence that both X and Y reduce …").
    main_clause = LEADING_CLAUSE.sub("", _RATED_OPENER.sub("", text, count=1), count=1).lower()
    # "This review suggests … benefits and points to the need for better studies" is a claim, wish and all.
    wish = is_research_wish(s) and not _CLAIM_FIRST.match(s.low) and not _VERDICT.match(s.low)
    return (bool(CLAIM.search(s.low)) and not s.leans and not s.stats and not wish
            and (not is_meta(main_clause) or bool(_NO_VERDICT.search(main_clause)))
            # "X may reduce A, but the results are inconclusive for all other outcomes": a claim, with its limit
            and not SIDE.search(s.low.split(", but ", 1)[0]) and not _ALSO.search(s.low)
            and not says(_BACKGROUND, s.low, *_BACKGROUND_WORDS))


def _main_score(s: Sentence, start: int, topic: frozenset[str], first_result: frozenset[str] = frozenset()) -> float:
    """How much a sentence reads as the authors' main conclusion; the first claims after ``start`` are favoured.

    ``first_result`` holds the stems of the first result with statistics, which is
    usually the main outcome: a conclusion that sums it up again is likely the main one.
    """
    words = set(s.tokens)
    low = s.low
    score = 1.0 * concludes(low) + 0.7 * bool(OPENS_CONCLUSION.match(low))
    score += 0.7 * bool(EVALUATIVE.search(low)) + 0.5 * bool(s.grades) + s.tense
    score += 0.6 * min(3, sum(w in topic for w in words)) + 1.2 * bool(_GENERAL.search(low))
    score += 0.4 * min(4, len(first_result & word_stems(s.text)))
    score -= 1.5 * bool(_HARMS_FIRST.match(low)) + 1.0 * bool(_SOME_STUDIES.match(low))
    score -= 1.2 * says(_TENTATIVE, low, *_TENTATIVE_WORDS)
    if "subgroup" in low or "sensitivity" in low:
        score -= 1.0 * bool(SIDE_ANALYSIS.search(low))
    score -= 1.0 * says(_MODIFIED, low, *_MODIFIED_WORDS)  # "greater for patients who …": a side result
    score -= 0.5 * says(_NO_VERDICT, low, *_NO_VERDICT_WORDS)  # "we cannot comment on X" gives way to a claim
    # "No clear evidence that any class is better than any other" compares treatments: it is no verdict on them.
    ranks = says(_RANKS, low, " than ", "another", "relative")
    score += 1.0 * (says(_VERDICT, low, "evidence", "conclude") and not ranks) - 0.7 * ranks
    score -= 0.8 * says(_SPECULATION, low, "might", "could", "would")
    # "… will depend mainly on the epidemiological context": a condition on the answer, not the answer.
    score -= 0.8 * says(_DEPENDS, low, "depend")
    # "… highlights the lack of quality-of-life data", "no evidence … on the optimal doses"
    score -= 1.0 * says(_NO_DATA, low, "data", "information", "optimal", "best", "ideal", "most effective",
                        "outcomes")
    score -= 0.8 * bool(_EVIDENCE_ONLY.match(low))
    score -= 1.0 * says(_HARM_CLAIM, low, "cause")  # "X is more likely to cause akathisia": a harm, beside the answer
    score -= 0.7 * says(_ONE_TIME, low, "term", " at ", "up to", "after") + 1.0 * says(_ADVICE, low, *_ADVICE_WORDS)
    score -= 0.5 * bool(_FOR_SOME.match(low))
    score -= 1.0 * low.startswith("if ")  # "If all the studies … are pooled, …": a result under a condition
    # "This meta-analysis involving 386 participants from two studies demonstrated …": a count of people is a result's.
    score -= 1.0 * (s.digits and bool(_COUNTED_PEOPLE.search(low)))
    # "Evidence of very low to moderate quality indicates …": a rating that spans results sums them up.
    score += 0.5 * any(g.low != g.high for g in s.grades)
    place = s.index - start
    if place == 0 and s.role == "conclusions":
        score += 1.5  # the first sentence under "Conclusions" is the authors' main one
    return score + (1.0 - 0.3 * place if place >= 0 else 0.8 * place)


def conclusions(abstract: Abstract, most: int = 3) -> list[list[Sentence]]:
    """The likeliest main conclusions, best first, each with the sentence after it when that one qualifies it.

    Looked for from the start of the conclusions back to the middle of the abstract, since
    a conclusion in the past tense can read like one more result. More than one is given
    so that a conclusion that cannot be made plain safely can give way to the next.
    """
    if not abstract.conclusions:
        return []
    start = _summing_up(abstract, abstract.conclusions[0])
    topic = frequent_words(abstract)
    first = min(start, max(1, len(abstract.sentences) // 2))
    result = next((s for s in abstract.sentences if (s.stats or s.grades) and s.index < start and s.words >= 8
                   and not is_meta(s.low) and not s.low.startswith(("we included", "we identified"))), None)
    echo = frozenset(word_stems(result.text)) if result is not None else frozenset()
    candidates = [_unhinged(abstract, s) for s in abstract.sentences[first:]]
    # "Two studies reported no adverse effects or events", said among the results: a harm result, never the verdict.
    scored = [(_main_score(s, start, topic, echo), -s.index, s) for s in candidates
              if can_lead(s) and not (s.index < start and _HARMS_FIRST.match(s.low))]
    if not scored:
        # No claim about the treatment itself: the authors' closing word on the evidence will do,
        # as long as it names what the review is about ("Certainty about the effects of X is very low").
        scored = [(_main_score(s, start, topic), -s.index, s) for s in abstract.sentences[start:]
                  if CLAIM.search(s.low) and not (s.leans or s.stats or s.wish or SIDE.search(s.low))
                  and topic & {w.lower() for w in _WORD.findall(s.text)}]
    if not scored:
        # Only wishes: "The results of these few trials of X are promising, but further trials are required"
        # is still the authors' verdict, told whole with its call for more trials.
        scored = [(_main_score(s, start, topic), -s.index, s) for s in abstract.sentences[start:]
                  if s.wish and _CLAIM_BUT_WISH.match(s.low) and not (s.leans or s.stats or SIDE.search(s.low))]
    scored.sort(key=lambda t: (t[0], t[1]), reverse=True)
    return [with_qualifier(abstract, s) for _, _, s in scored[:most]]


_OPENING_BUT = re.compile(r"^(?:However|But|Yet|Nevertheless|Nonetheless),?\s+")


def _unhinged(abstract: Abstract, s: Sentence) -> Sentence:
    """"However, currently there is insufficient evidence to support X …" without its "However", when it is the
    authors' verdict and the sentence it turns from is no claim that could lead (so it qualifies nothing told).
    """
    m = _OPENING_BUT.match(s.text) if s.index and s.role in ("conclusions", "text") else None
    if not m or can_lead(abstract.sentences[s.index - 1]) or not _VERDICT.match(s.low[m.end():]):
        return s
    rest = s.text[m.end():]
    return replace(s, text=rest[:1].upper() + rest[1:])


def _summing_up(abstract: Abstract, start: int) -> int:
    """Where the authors' verdict starts: the conclusions' first sentence, or an "Overall, …" just before them.

    When the first sentence of the conclusions cannot lead ("Overall, X improved outcomes, and at these doses
    appears safe" points at doses never named), the authors' own summing-up a few sentences earlier ("Overall,
    giving X to 1000 women led to 20 fewer pregnancies with serious problems") is where their verdict starts; a
    figure in it does not make it one more result.
    """
    first = abstract.sentences[start]
    pointed = _points_at(first.low)
    if not (first.leans or pointed) or can_lead(first):
        return start  # a first sentence that is no claim (a remark on the evidence) still opens the conclusions
    for k in range(start - 1, max(0, start - _LOOK_BACK) - 1, -1):
        s = abstract.sentences[k]
        if s.stats:
            break
        if s.low.startswith(_SUMS_UP) and can_lead(s):
            return k
    return start


_LOOK_BACK = 6  # how far before the conclusions an "Overall, …" may open them
_SUMS_UP = ("overall,", "in conclusion,", "in summary,", "taken together,", "together,")


def conclusion(abstract: Abstract) -> list[Sentence]:
    """The authors' main conclusion, and the sentence after it when that one qualifies it ("However, …")."""
    best = conclusions(abstract, 1)
    return best[0] if best else []


def with_qualifier(abstract: Abstract, s: Sentence) -> list[Sentence]:
    """The sentence, and the one after it when that one qualifies it ("However, …"): never split them."""
    nxt = s.index + 1
    if nxt < len(abstract.sentences):
        after = abstract.sentences[nxt]
        if ((_CONTRAST.match(after.text) or _LATE_CONTRAST.match(after.text)) and not after.stats
                and (not is_research_wish(after) or _DOUBT.search(after.low)) and not SIDE.search(after.low)
                and not is_meta(LEADING_CLAUSE.sub("", after.text.split(" ", 1)[-1], count=1).lower())
                and not _UNSURE_ONLY.search(after.low)):
            return [s, after]
        other = _OTHER_TERM.get(_term(s.low))
        if other and other in after.low and not after.stats and _NOTHING_ON.search(after.low):
            return [s, after]  # "… short-term effects …", then "No evidence … on the long-term effects"
    return [s]


def _term(low: str) -> str:
    return "short-term" if "short-term" in low or "short term" in low else (
        "long-term" if "long-term" in low or "long term" in low else "")


# A claim about one time frame, and the sentence after it saying nothing is known about the other: told together,
# or the reader would take the first for the whole answer.
_OTHER_TERM = MappingProxyType({"short-term": "long-term", "long-term": "short-term"})
_NOTHING_ON = re.compile(r"^(?:no (?:evidence|data|information)|there (?:is|was|were) (?:no|insufficient|"
                         r"little|limited) (?:evidence|data|information)|(?:the )?evidence (?:on|about|for) [^.;]{0,60}"
                         r"(?:is|was|remains) (?:lacking|limited|insufficient|unclear))\b")


def further_claims(abstract: Abstract, chosen: list[Sentence]) -> list[list[Sentence]]:
    """The authors' other concluding claims, in their order, each with its qualifier: the rest of their verdict.

    A harm or a second comparison the authors conclude on belongs beside the main
    conclusion; background, wishes, side outcomes and remarks on method do not. A claim
    that points back ("It is unclear whether it …") may come only right after the
    sentence it points at.
    """
    taken = {s.index for s in chosen}
    told = set(taken)
    out: list[list[Sentence]] = []
    for i in abstract.conclusions:
        s = abstract.sentences[i]
        if (i in taken or s.stats or (s.wish and not _CLAIM_BUT_WISH.match(s.low)) or not CLAIM.search(s.low)
                or SIDE.search(s.low) or _ALSO.search(s.low) or ("subgroup" in s.low and SIDE_ANALYSIS.search(s.low))):
            continue  # "X reduces deaths, but further data are needed on costs" is a claim, told with its wish
        body = s.low[3:] if s.low.startswith("it ") else s.low  # "It is unclear whether …": that "it" points nowhere
        if (s.leans or _POINTER.search(body)) and not (_POINTS_ON.match(s.text) and i - 1 in taken):
            continue
        if _points_at(s.low) and i - 1 not in told:
            continue  # "… and at these doses appear to be safe": which doses, the reader was never told
        if says(_ADVICE, s.low, *_ADVICE_WORDS) or _HOW_TO_RESEARCH.match(s.low):
            continue  # "Identifying women most likely to respond would improve targeting": advice, not a finding
        if "the two" in body or "both groups" in body:
            continue  # "no difference between the two groups": which two, the reader cannot know
        main_clause = LEADING_CLAUSE.sub("", _RATED_OPENER.sub("", s.text, count=1), count=1).lower()
        if (is_meta(main_clause) and not _NO_VERDICT.search(main_clause)) or _BACKGROUND.search(s.low):
            continue
        group = with_qualifier(abstract, s)
        taken.update(x.index for x in group)
        out.append(group)
    return out


def rated_opener_removed(text: str) -> str:
    """The claim without an opening rating ("Based on low-quality evidence, …"), unless it then leans on nothing."""
    m = _RATED_OPENER.match(text)
    if not m or len(text) - m.end() < 20:
        return text
    rest = text[m.end():]
    rest = rest[:1].upper() + rest[1:]
    # "Low-quality evidence suggests that X": dropping the opener would drop its "suggests";
    # "Moderate-quality evidence shows no difference …": what is left has no verb.
    # "… that X reduces A, and high quality evidence that it reduces B": a second rating keeps the first.
    return text if (LEANING.match(rest) or not keeps_meaning(text, rest) or not has_verb(rest)
                    or _SECOND_RATING.search(rest)) else rest


def word_stems(text: str) -> set[str]:
    """Content words cut to five letters, so "reduces" and "reduced" count as one."""
    return {w[:5] for w in content(text)}
