"""What the source says of its studies: how many, how big, how long, and how well run.

Part of "How sure we can be" (``certainty``). Each signal is said of all the studies only
where the source says it of them all: "Only one trial reported adverse events" in a
review of five speaks of one of them, "five trials were at low risk of bias" nothing of
the rest, and "small numbers of participants with these seizure types" nothing of the
studies' size.
"""

from __future__ import annotations

import re

from broker.plain.reading import Abstract
from broker.plain.starts import by_letters, led_matches, led_search, starting
from broker.plain.text import mentions, says

# (not "There was only one new study": one new since the last version, not one in all)
_FEW = by_letters(r"\b(?:only (?:one|two|a single|a few|three)(?! (?:new|additional|further|more|recent) )|"
                  r"(?:a )?single (?:small )?(?:study|trial|rct)|"
                  r"(?:one|two) (?:small )?(?:studies|trials|study|trial|rcts?) (?:was|were) (?:included|"
                  r"identified|found)|"
                  r"few (?:studies|trials|rcts)|"
                  r"(?:small|limited) number of (?:randomi[sz]ed (?:controlled )?)?(?:studies|trials|rcts)|"
                  r"(?:paucity|lack|scarcity) of (?:studies|trials|rcts)|"
                  # "The number of trials might be insufficient to show the statistical significance of …"
                  r"number of (?:included )?(?:studies|trials|rcts) (?:is|was|were|are|(?:might|may|could) be) "
                  r"(?:too small|insufficient|limited|small)\b)\b")
# What every match of _FEW starts with (``led_matches``: it is looked for in the whole abstract).
_FEW_LEADS = ("only ", "a single ", "single ", "one ", "two ", "few ", "small number of ", "limited number of ",
              "paucity of ", "lack of ", "scarcity of ", "number of ")
_ONE_OR_TWO = re.compile(r"^(?:only (?:one|two|a single)|(?:a )?single|one|two)\b")


def _few(text: str, studies: int | None) -> str:
    """"few" where the source says its studies are few; "one" where it says only that one of several studies gave a
    result ("Only one trial reported adverse events" in a review of five speaks of one of them, not of how many there
    were); otherwise ""."""
    if not any(w in text for w in ("only", "single", "few", "number of", "paucity", "lack", "scarcity")):
        return ""
    subset = ""
    for m in led_matches(_FEW, text, _FEW_LEADS):
        if studies is None or studies <= 2 or not _ONE_OR_TWO.match(m.group(0)):
            return "few"
        subset = subset or ("one" if "two" not in m.group(0) else "")
    return subset


# "There is evidence from one randomized controlled trial that certolizumab pegol maintains …": a result that rests
# on one study of the many a review brought together.
_ONE_BEHIND = by_letters(r"\bevidence (?:from|(?:is |was )?based on) (?:only )?(?:one|a single) (?:small )?"
                         r"(?:randomi[sz]ed (?:controlled )?|controlled |clinical )?(?:study|trial|rct)\b")
_ONE_INCLUDED = by_letters(r"\bthe (?:one |single |only )?included (?:study|trial|rct)\b")
_MANY_INCLUDED = by_letters(r"\bincluded (?:studies|trials|rcts)\b|\b(?:studies|trials|rcts) (?:were|are) included\b")
# "… a benefit for a small number of people with frequent headache" says who gains, and "repeat angiography was
# performed on a small number of participants" what one trial did: neither says the studies were small; nor does
# "caution in … results including small numbers of participants with these seizure types", said of some people.
# Each choice is led by its words so the matcher looks for them (``by_letters``): "for a" before "small" is asked
# by a look-behind after it, and "they" at the start or after a word and "; " or ", " likewise. Those that say
# "small" come first, the rest next, and the one that opens the text ("All studies included sample sizes of …") last.
_SAID_SMALL = by_letters(r"\b(?:small (?:studies|trials|samples?|sample sizes?|(?:participant|patient) numbers)|"
                         r"small(?<!for a small)(?<!on a small)(?<!in a small)(?<!to a small) numbers? of "
                         r"(?:participants|people|patients|(?:included )?(?:studies|trials) and (?:participants|people|"
                         r"patients))(?! with (?:these|those|this|that|other|some)\b)|"
                         r"(?:studies|trials|rcts|sample sizes?)\b[^.;]{0,40}?\b(?:were|was|are|is) (?:all |generally |"
                         r"mostly |mainly |often |very |relatively |rather |too )?small\b|"
                         r"they(?:(?<=^they)|(?<=\w; they)|(?<=\w, they)) (?:were|are) (?:generally |mostly |mainly |"
                         r"often |all |very |relatively )?small\b|"
                         r"mostly small\b|small, (?=randomi|single|short|open|poor|low))")
_SAID_FEW = by_letters(r"\b(?:few (?:participants|events|people|patients)|"
                       r"only(?<!for only)(?<!on only) \d+ (?:participants|patients|people|women|children|infants|"
                       r"subjects)\b|(?:under|under-|inadequately |not adequately )powered\b)")
_ALL_SMALL = re.compile(r"all (?:the )?(?:included )?(?:studies|trials|rcts) (?:had|included|used) sample sizes? of "
                        r"(?:fewer|less) than \d+")


def _small(low: str) -> bool:
    """Whether lower-case text says the studies were small: each pattern tried only where the word it needs is (asked
    of every sentence, and most with "only" or "few" say nothing of a study's size)."""
    return ("small" in low and _SAID_SMALL.search(low) is not None) or (
        mentions(low, _FEW_WORDS) and _SAID_FEW.search(low) is not None) or (
        low.startswith("all ") and _ALL_SMALL.match(low) is not None)


_FEW_WORDS = ("few ", "only ", "powered")  # one of which _SAID_FEW needs
# Said of part of the studies only: "trials comparing the laparoscopic route were underpowered", "the trials reporting
# on these outcomes were small", "studies, some of which were very small", "; the studies included are small" after a
# claim on one comparison ("The addition of further markers … has not been shown to be … superior; …").
# "One study with a small sample size showed …" beside "two studies with larger sample sizes" (CD009308) is one study.
_SOME_SMALL = by_letters(r"\b(?:one|a single|another) (?:study|trial|rct) (?:with|had|of) (?:a )?(?:very )?small\b|"
                         r"\b(?:studies|trials|rcts) (?:comparing|reporting|assessing|evaluating|that (?:compared|"
                         r"reported|assessed))\b[^.;]{0,60}?\b(?:small|underpowered)\b|\bsome of (?:which|them|these|"
                         r"the (?:studies|trials)) (?:were|are) (?:\w+ )?small\b|\bthe [\w-]+ (?:trial|study), which\b|"
                         r"\bnot been shown to be [^.;]{0,60}; the (?:studies|trials) (?:included )?(?:are|were) "
                         r"small\b")
# What the source says against how well its studies were done: any one of these must be said.
_BIAS = by_letters(
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
_UNCLEAR = by_letters(r"\bunclear (?:overall )?risk of bias\b|\b(?:risk of bias|quality)\b[^.;]{0,40}?\b(?:was|were)"
                      r" (?:\w+ )?unclear\b|\black(?:ed)? (?:descriptions|details) of (?:some )?methodolog|"
                      r"\binadequately report\w* (?:the )?risk of bias\b|"
                    # "Three of seven studies described the method of random sequence generation, none described
                    # allocation concealment": how the studies were run is not known
                    r"\b(?:none|did not|failed to) (?:of (?:the|them|these) (?:studies |trials )?)?(?:describe|"
                    r"report)d? (?:the )?(?:method of )?(?:allocation concealment|(?:random )?sequence generation)\b")
_UNCLEAR_WORDS = ("unclear", "lack", "inadequately", "concealment", "sequence generation")  # one of which it needs
# What every match of _UNCLEAR starts with (``led_search``: it is looked for in the whole abstract), and
# _STUDY_QUALITY's below.
_UNCLEAR_LEADS = ("unclear ", "risk of bias", "quality", "lack", "inadequately ", "none ", "did not ", "failed to ")
# Studies too short to tell: "the median trial duration was only 6 weeks", "Most studies were small, of short duration",
# "because of the short duration of the trials". Not "Three had a short follow-up and six a longer one".
_SHORT = by_letters(r"\b(?:median|mean|average) (?:trial|study) (?:duration|length) was only\b|"
                    r"\b(?:studies|trials|rcts)\b[^.;]{0,40}?\b(?:were|was) (?:\w+, )?(?:all |mostly |generally )?"
                    r"(?:of (?:\w+ )?short duration|short(?:-term)?\b(?! of))|"
                    r"\b(?:because of|due to|given|and) the short (?:duration|follow-up)(?: period| time)? of "
                    r"(?:the |these )?(?:trials|studies)\b|\b(?:studies|trials|rcts) with short follow-up\b|"
                    r"\bhad short follow-up\b")
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
_STUDY_QUALITY = by_letters(r"\b(?:low|poor)[- ]quality (?:randomi[sz]ed (?:controlled )?)?(?:trials?|stud(?:y|"
                            r"ies)|rcts?)\b")
_STUDY_QUALITY_LEADS = ("low-quality", "low quality", "poor-quality", "poor quality")


# "All trials had problems of method", "all the included studies were at high risk of bias": every one of them, which
# "Some studies had weaknesses …" would soften.
_ALL_WEAK = by_letters(r"\ball (?:the |of the )?(?:included |eligible )?(?:trials|studies|rcts) "
                       r"(?:had|were|was|showed)\b[^.;]{0,40}?\b(?:problems|flaws|limitations|weakness(?:es)?|"
                       r"high risk of bias|(?:low|poor)[- ]quality)\b")


def of_the_studies(abstract: Abstract, studies: int | None, *, rated: bool, weak: bool) -> list[str]:
    """Short sentences on how many studies there were, how big, how long and how well run, strongest first.

    ``studies`` is how many a review included, when it says; ``rated`` whether the source
    rates its evidence (a rating says more than "some results come from one study");
    ``weak`` whether that rating is low, when the studies are never called well run.
    """
    said: list[str] = []
    text = abstract.low
    if studies is None and "included" in text and _ONE_INCLUDED.search(text) and not _MANY_INCLUDED.search(text):
        studies = 1  # "The included study randomised 81 adults …": a review of one study, though no count is given
    one = studies == 1
    # read only where it can be said: most reviews count more than five studies, or have a rating
    few = _few(text, studies) if (studies is None or studies > 2) and (studies is None or studies <= 5 or not rated) \
        else ""
    if studies is not None and studies <= 2:
        said.append("Only one study was found." if one else "Only two studies were found.")
    elif (studies is None or studies <= 5) and few == "few":
        said.append("There are only a few studies.")
    elif not rated and studies != 1 and (says(_ONE_BEHIND, text, "from one", "from a single", "on one", "on a single")
                                         or few == "one"):
        # (a rating, when given, says more)
        said.append("Some of the results come from only one study.")
    # "The three ongoing RCTs will not be able to answer …, because they are small studies": not the studies reviewed
    small_in = [s for s in abstract.sentences if _small(s.low) and "ongoing" not in s.low]
    small = bool(small_in)
    if small:
        some = not one and all(_SOME_SMALL.search(s.low) for s in small_in)
        said.append("The study was small." if one else "Some of the studies were small." if some
                    else "The studies were small.")
    short = any(abstract.saying(_SHORT, "short", "duration was only"))
    if short:
        said.append("The study was short." if one else "The studies were short.")
    if any(abstract.saying(_BIAS, "bias", "quality", "methodolog", "limitation", "flaw", "poor", "scored", "drawback",
                           "method")) or led_search(_STUDY_QUALITY, text, _STUDY_QUALITY_LEADS):
        every = "all " in text and _ALL_WEAK.search(text) is not None
        said.append("The study had weaknesses in how it was done." if one
                    else "All the studies had weaknesses in how they were done." if every
                    else "Some studies had weaknesses in how they were done.")
    elif mentions(text, _UNCLEAR_WORDS) and led_search(_UNCLEAR, text, _UNCLEAR_LEADS):
        said.append("We cannot tell how well the study was done." if one
                    else "We cannot tell how well some studies were done.")
    elif not (small or weak or short) and _well_run(abstract):
        said.append("The authors judged the study to be well run." if one
                    else "The authors judged the studies to be well run.")
    return said


def _well_run(abstract: Abstract) -> bool:
    """The source says its studies were well run, of them all: not "Sixteen (50%) studies were of good quality"."""
    return any(not _SOME.search(s.low, max(0, m.start() - 30), m.start())
               for s in abstract.sentences if "bias" in s.low or "quality" in s.low
               for m in _WELL_RUN.finditer(s.low))
