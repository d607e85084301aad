"""What kind of study an item is, in plain words, and whether it is a preprint.

Readers weigh a finding differently once they know where it came from, so each
type carries one line on what that kind of evidence can and cannot tell you.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from urllib.parse import urlsplit

from broker.models import StudyType
from broker.plain.laboratory import in_laboratory
from broker.plain.starts import by_letters, first_letters, led_matches, starting
from broker.plain.text import mentions

UNKNOWN = StudyType("", "", "")
PREPRINT_FLAG = "Not yet checked by other researchers."

SYSTEMATIC_REVIEW = StudyType(
    "systematic-review", "A review of many studies",
    "Brings together all the good studies on a question, so it is usually the strongest "
    "evidence, but it can only be as good as the studies it found.")
RANDOMISED_TRIAL = StudyType(
    "randomised-trial", "A fair test of a treatment",
    "People were put into groups by chance, so it can show whether a treatment causes a "
    "change, but only for people like those who took part.")
QUALITATIVE = StudyType(
    "qualitative", "A study of people's experiences",
    "Listens closely to what people say about their lives and care; it shows what matters "
    "to them, but not how common a view is or whether a treatment works.")
COHORT = StudyType(
    "cohort", "A study that followed a group of people over time",
    "Shows what tends to go together with better or worse health, but cannot prove that one "
    "thing caused another.")
SURVEY = StudyType(
    "survey", "A survey",
    "Asks many people the same questions, so it shows how common views or experiences are, "
    "but not why, and only for the people who answered.")
PROTOCOL = StudyType(
    "protocol", "A plan for a study",
    "Says what researchers are going to do and why; it has no results yet.")
GUIDELINE = StudyType(
    "guideline", "Official advice",
    "Tells professionals what they should do, based on the evidence and expert views; it is "
    "advice, not a new study.")
REPORT = StudyType(
    "report", "A report",
    "Sets out what an organisation found or thinks; it may not have been checked by "
    "independent researchers.")
LABORATORY = StudyType(
    "laboratory", "A laboratory study (not in people)",
    "Done on cells or animals in a laboratory: it can point to ideas worth testing, but "
    "cannot show what would happen in people.")
PREPRINT = StudyType(
    "preprint", "A preprint: not yet checked by other researchers",
    "An early version shared before other researchers have checked it, so its findings may "
    "change.")


# The review's cues put behind their first letters (first_letters): at each place one is tried, not all.
_REVIEW_CUES = first_letters("|".join((
    "review authors", "we searched", "we included", "in this review", r"met (?:the|our) (?:inclusion )?criteria",
    *(rf"{verb} (?:[\w,-]+ ){{0,3}}(?:studies|trials|rcts|reviews)\b"
      for verb in ("included", "identified", "found", "selected", "includes", "examined")),
    "umbrella review", "scoping review", "rapid review", "meta-analysis of",
    r"this (?:updated |systematic |cochrane )?review", r"our (?:updated |systematic |cochrane )?review", "the review",
    "updated review", "this update")))
# Cues for each kind of study, as (kind, strength, lower-case pattern). The title is the
# author's own label, so any cue there decides. In an abstract the cues are weighed: a
# trial may mention "a previous meta-analysis", but only a review says "we included 12 studies".
# Every choice opens with a letter of its own (a "\b" before it is written "(?<!\w…)" after that letter): the matcher
# then skips to the letters a cue can open with, where a shared "(?:this|our) …" made it try every place.
_CUES: tuple[tuple[StudyType, int, str], ...] = (
    (PROTOCOL, 3, r"(?:study|trial|review) protocol|protocol for an? |this (?:is a )?protocol|we will (?:recruit|"
                  r"randomi[sz]e|search|include|assess|interview)"),
    (PROTOCOL, 1, r"protocol"),
    (GUIDELINE, 3, r"this guideline|these guidelines|this guidance|we (?:developed|updated) (?:guidance|guidelines|"
                   r"recommendations)|consensus statement|quality standard"),
    (GUIDELINE, 1, r"guideline|guidance|practice recommendations"),
    (SYSTEMATIC_REVIEW, 3, _REVIEW_CUES),
    (SYSTEMATIC_REVIEW, 2, r"systematic(?:al)?(?:ally)? review|meta-?analys[ie]s|cochrane review|evidence synthesis"),
    (RANDOMISED_TRIAL, 4, r"randomly (?:assigned|allocated)|we randomi[sz]ed"),
    (RANDOMISED_TRIAL, 2, r"(?:were|was) randomi[sz]ed|randomi[sz]ed (?:to|into) "),
    (RANDOMISED_TRIAL, 1, r"randomi[sz]ed|controlled trial|placebo-controlled|r(?<!\wr)ct\b"),
    (QUALITATIVE, 2, r"qualitative|semi-structured|focus groups?|thematic analysis|in-depth interviews|ethnograph|"
                     r"we interviewed|were interviewed|lived experience"),
    (COHORT, 2, r"cohort|longitudinal (?:study|data|survey)|prospective(?:ly)? (?:study|follow)|followed up for"),
    (SURVEY, 2, r"survey|questionnaire|cross-sectional|respondents"),
    (REPORT, 3, r"r(?<!\wr)eport\b|briefing|white paper|policy paper|inquiry"),
)
# Words one of which each cue above needs, in order: a cheap look first spares the pattern in most abstracts.
_CUE_NEEDS: tuple[tuple[str, ...], ...] = (
    ("protocol", "we will"), ("protocol",),
    ("guideline", "guidance", "consensus", "quality standard", "recommendations"),
    ("guideline", "guidance", "practice recommendations"),
    ("review", "searched", "included", "criteria", "studies", "trials", "rcts", "meta-analysis", "update"),
    ("systematic", "meta-analys", "metaanalys", "cochrane review", "evidence synthesis"),
    ("randomly", "randomi"), ("randomi",), ("randomi", "controlled trial", "placebo-controlled", "rct"),
    ("qualitative", "semi-structured", "focus group", "thematic", "in-depth", "ethnograph", "interview",
     "lived experience"),
    ("cohort", "longitudinal", "prospective", "followed up"),
    ("survey", "questionnaire", "cross-sectional", "respondents"),
    ("report", "briefing", "white paper", "policy paper", "inquiry"),
)
# What every match of a cue starts with, for the cues most abstracts hold a word of (None: the rest, looked for as
# they are): the places a cue can start are found by ``str.find``, where the matcher's own look for a choice of first
# letters costs some fifty instructions a character (``_count``).
_CUE_LEADS: tuple[tuple[str, ...] | None, ...] = (
    None, None, None, None,
    ("review authors", "rapid review", "we searched", "we included", "in this review", "included ", "identified ",
     "includes ", "met the ", "met our ", "meta-analysis of", "found ", "selected ", "scoping review", "examined ",
     "umbrella review", "updated review", "this ", "the review", "our "),
    ("systematic", "meta", "cochrane review", "evidence synthesis"),
    ("randomly ", "we randomi"), ("were randomi", "was randomi", "randomi"),
    ("randomi", "rct", "controlled trial", "placebo-controlled"),
    None, None, None, None,
)
_CUE_RES = tuple((kind, strength, by_letters(pat), needs, leads)
                 for (kind, strength, pat), needs, leads in zip(_CUES, _CUE_NEEDS, _CUE_LEADS, strict=True))
# "Twelve trials …", "38 studies …": only a review counts the studies it looked at.
_STUDY_NOUN = by_letters(r"(?:studies|trials|rcts)\b")
_STUDY_NOUNS = ("studies", "trials", "rcts")  # _STUDY_NOUN's, for ``_counted``
_COUNTS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
           "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_COUNT_BEFORE = starting(r"(?:\d[\d,]*|" + "|".join(_COUNTS) + "|(?:" + "|".join(_TENS) + r")(?:-[a-z]+)?)"
                         r"(?: [\w-]+){0,3} $")
# _COUNT_BEFORE read backwards, on the text before a noun read backwards: it ends where that text ends, so backwards it
# is tried at one place, not at each of forty (a count ends "$", at the end or before a last line break).
_COUNT_BACKWARDS = re.compile(r" (?:[\w-]+ ){0,3}(?:[\d,]*\d|" + "|".join(w[::-1] for w in _COUNTS)
                              + "|(?:[a-z]+-)?(?:" + "|".join(w[::-1] for w in _TENS) + "))")
_SCAN = 1000  # the design is said near the start; reading further only costs time
_ORDER = (PROTOCOL, GUIDELINE, SYSTEMATIC_REVIEW, RANDOMISED_TRIAL, QUALITATIVE, COHORT, SURVEY, REPORT)
# Kinds a laboratory study's words can pass for ("randomly assigned", "followed up for"), where it counts no people.
_NOT_IN_LABORATORY = (RANDOMISED_TRIAL, QUALITATIVE, COHORT, SURVEY, REPORT)
_WEAK_CAP = 2  # many passing mentions of "randomised" do not make a review into a trial
_PREPRINT_HOSTS = ("medrxiv.org", "biorxiv.org", "arxiv.org", "researchsquare.com", "ssrn.com",
                   "preprints.org", "psyarxiv.com", "socarxiv.org", "europepmc.org/article/ppr")
_PREPRINT_TEXT = re.compile(r"pre-?prints?\b|not (?:yet )?(?:been )?peer[- ]reviewed|before peer review")


def is_preprint(link: str = "", categories: Sequence[str] = (), text: str = "") -> bool:
    """True when the link's host, a category or the text says this has not been peer reviewed."""
    if link:
        parts = urlsplit(link if "//" in link else "//" + link)
        host = (parts.hostname or "").lower()
        where = host + parts.path.lower()
        if "preprint" in host or any(host == h or host.endswith("." + h) or where.startswith(h)
                                     for h in _PREPRINT_HOSTS):
            return True
        if (host == "osf.io" or host.endswith(".osf.io")) and "preprints" in where:
            return True
    if any("preprint" in c.lower() for c in categories):
        return True
    low = text.lower()
    return bool(text) and ("print" in low or "peer" in low) and bool(_PREPRINT_TEXT.search(low))


def study_type(title: str, abstract: str, categories: Sequence[str] = (), preprint: bool = False) -> StudyType:
    """Guess the study type: a cue in the title or categories decides; in the abstract, cues are weighed."""
    for text in (title, " ".join(categories)):
        found = _weigh(text.lower(), use_report=True)
        if found:
            return max(found, key=lambda k: (found[k], -_ORDER.index(k)))
    found = _weigh(abstract[:_SCAN].lower(), use_report=False)
    kind = max(found, key=lambda k: (found[k], -_ORDER.index(k))) if found else None
    # Mice "randomly allocated" to groups are no fair test in people, but a review of animal studies is a review.
    if (kind is None or kind in _NOT_IN_LABORATORY or found[kind] < 3) and in_laboratory(abstract):
        return LABORATORY
    if kind is not None and found[kind] >= 2:
        return kind
    return PREPRINT if preprint else UNKNOWN


def _weigh(text: str, use_report: bool) -> dict[StudyType, int]:
    """Add up the cues for each kind of study found in lower-case text."""
    strong: dict[StudyType, int] = {}
    weak: dict[StudyType, int] = {}
    if not text.strip():
        return {}
    for kind, strength, pattern, needs, leads in _CUE_RES:
        if kind is REPORT and not use_report:
            continue  # "we report" in an abstract says nothing about the kind of study
        if not mentions(text, needs):
            continue
        n = len(pattern.findall(text)) if leads is None else _count(pattern, text, leads)
        if n:
            bucket = strong if strength >= 2 else weak
            bucket[kind] = bucket.get(kind, 0) + strength * n
    counted = _counted(text)
    if counted:
        strong[SYSTEMATIC_REVIEW] = strong.get(SYSTEMATIC_REVIEW, 0) + 3 * counted
    return {k: strong.get(k, 0) + min(weak.get(k, 0), _WEAK_CAP) for k in {*strong, *weak}}


def _count(pattern: re.Pattern[str], text: str, leads: tuple[str, ...]) -> int:
    """``len(pattern.findall(text))`` for a pattern whose every match starts with one of ``leads``."""
    return len(led_matches(pattern, text, leads))


def _counted(text: str) -> int:
    """How many of ``_STUDY_NOUN``'s nouns a count stands before (``_COUNT_BEFORE``): each noun found as plain text,
    "\\b" after it asked in Python, where the pattern tried every "s", "t" and "r" (a third of an abstract's letters).
    The matches are the same: a noun with no letter after it ends before any other could start."""
    n = 0
    for noun in _STUDY_NOUNS:
        at = text.find(noun)
        while at >= 0:
            end = at + len(noun)
            if (end == len(text) or not (text[end].isalnum() or text[end] == "_")) and _counts_before(
                    text[max(0, at - 40):at]):
                n += 1
            at = text.find(noun, at + 1)
    return n


def _counts_before(before: str) -> bool:
    """``_COUNT_BEFORE.search(before)``, as ``_COUNT_BACKWARDS`` at the start of ``before`` read backwards (after a
    line break there, where "$" matches before it)."""
    backwards = before[::-1]
    return _COUNT_BACKWARDS.match(backwards, 1 if backwards[:1] == "\n" else 0) is not None

