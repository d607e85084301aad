"""What a review compared, in its own words: "catgut compared with synthetic stitches".

Read from the first sentence that names a comparison all (or most) of a review's studies
made, through asides in brackets; a comparison some of the studies made, two different
comparisons in one sentence, or one run into its result is not said. Kept apart from
``studied``, which decides when a comparison is what a review was about.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from broker.plain.counts import NUMBER, STUDY_NOUNS, count
from broker.plain.reading import Abstract, Sentence, plain_words
from broker.plain.some_studies import COUNTED
from broker.plain.starts import by_letters
from broker.plain.text import BRACKETED, mentions

_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")
# Words of a result: a sentence holding one says what was found, not what was studied. Looked for apart from "%" and
# a count of records ("120 records"), the words lead the pattern, so the matcher skips to the places they start.
_RECORDS = ("publications", "records", "citations", "titles", "references")
_RESULT_WORDS = by_letters(r"\b(?:higher|lower|fewer|more likely|less likely|greater|smaller|better|worse|decreased|"
                           r"increased|reduced|improved|significant(?:ly)?|effective|differences?|benefit|no effect|"
                           r"associated with|found that|showed that|showed no|found no|rates? (?:was|were)|"
                           r"risk of bias|quality|excluded|full-text|(?:identified|screened|retrieved|examined|found) "
                           r"(?:" + "|".join(_RECORDS) + r"))\b")
_COUNTED_RECORDS = re.compile(r"\b\d[\d,]* (?:" + "|".join(_RECORDS) + r")\b")
# What each choice of _RESULT_WORDS cannot match without (a count of records needs the record's word): seven sentences
# in ten have none, and are spared the pattern, which the matcher tries at nearly every letter.
_RESULT_NEEDS = ("higher", "lower", "fewer", "more likely", "less likely", "greater", "smaller", "better", "worse",
                 "decreased", "increased", "reduced", "improved", "significant", "effective", "difference", "benefit",
                 "no effect", "associated with", "found that", "showed that", "showed no", "found no", "rate",
                 "risk of bias", "quality", "excluded", "full-text", *_RECORDS)


def says_result(low: str) -> bool:
    """Whether lower-case text has a word of a result ("higher", "no effect", "%", "120 records"): a third cheaper
    than one pattern of them all, which the matcher had to try at every place."""
    return "%" in low or (mentions(low, _RESULT_NEEDS) and bool(_RESULT_WORDS.search(low))) or (
        mentions(low, _RECORDS) and bool(_COUNTED_RECORDS.search(low)))


# A word of each choice of _RESULT_WORDS, the rarest: where every word it could match is a token alone
# (``plain_words``), a sentence with none of these tokens has none of its words ("full-text" has a "-").
_RESULT_TOKENS = frozenset(["higher", "lower", "fewer", "likely", "greater", "smaller", "better", "worse", "decreased",
                            "increased", "reduced", "improved", "significant", "significantly", "effective",
                            "difference", "differences", "benefit", "effect", "associated", "found", "showed", "rate",
                            "rates", "bias", "quality", "excluded", "identified", "screened", "retrieved", "examined"])


def says_result_in(s: Sentence) -> bool:
    """``says_result(s.low)``, asking a sentence's tokens in place of _RESULT_NEEDS' thirty-odd words where they stand
    alone (``rate`` no longer found in "moderate")."""
    low = s.low
    if "%" in low:
        return True
    if not plain_words(low):
        return says_result(low)
    return (not _RESULT_TOKENS.isdisjoint(s.tokens) and bool(_RESULT_WORDS.search(low))) or (
        mentions(low, _RECORDS) and bool(_COUNTED_RECORDS.search(low)))


# "comparing hand assisted surgery to conventional laparoscopy", "compared X versus Y in patients with Z"
# "the comparison of ibuprofen 400 mg + oxycodone 5 mg with placebo" names one too.
# Led by "c" or "C" with case heeded ("(?-i:[Cc])", "\b" after it as "(?<!\w.)"): the matcher skips to those letters,
# where a case-blind letter or a look-ahead made it try every place.
COMPARISON = re.compile(r"(?-i:[Cc])(?<!\w.)(?:ompar(?:e|ing|ed|es|isons? of) (?!with\b|to\b)([^,;:.()]{3,70}?) "
                        r"(?:with|to|versus|vs\.?|against) "
                        r"(?!be\b|have\b|determine\b|see\b|find\b|make\b|assess\b|or\b|"
                        r"and\b)([^,;:.()]{3,60}?(?: and one other| and another)?)(?: ((?:in|for|"
                        r"among) (?:[\w'-]+ ){0,6}?(?:with|who|aged|after|undergoing|having|"
                        r"receiving) [^,;:.()]{3,50}?))?"
                        r"(?=[,;:.()]|$| (?:at|on|and|but|was|were|is|are|for|in|who|which)\b))", re.I)
# "…, and 13 studies (1291 participants) compared …": a count of some of the studies, just before their comparison.
_CLAUSE_COUNT = re.compile(r"(?:, | and |; )(?:only )?(" + NUMBER + r") (?:[\w-]+ ){0,3}?" + STUDY_NOUNS
                           + r"(?: \([^()]*\))? $", re.I)
# "optimal cytoreduction the survival estimates were attenuated": "the" straight after a noun starts another phrase.
_RUN_ON = re.compile(r"(?<!\bof)(?<!\bin)(?<!\bon)(?<!\bfor)(?<!\bwith)(?<!\band)(?<!\bor)(?<!\bto)(?<!\bat)(?<!\bby)"
                     r"(?<!\bfrom)(?<!\bthan)(?<!\bas) the\b")
_PASSIVE = by_letters(r"\b(?:be|been|being|is|are|was|were)\s+(?:\w+ly\s+)?$")


def part_of(s: Sentence, studies: int | None) -> bool:
    """A sentence on some of a review's studies: "Two trials compared …" when the review has 36."""
    m = COUNTED.match(s.text)
    n = count(m.group(1)) if m else None
    return n is not None and (studies is None or n < studies)


# "The RCT compared …", "One trial compared …": what one study of a review's several compared.
_ONE_STUDY = re.compile(r"^(?:The|One|Another|A|The other|The first|The second) (?:(?:single|small|large|larger|"
                        r"smaller|included|randomi[sz]ed|controlled|cluster|CBA|pilot) ){0,2}(?:RCT|CBA|study|trial)\b")


def compared_in(sents: Sequence[Sentence], studies: int | None = None) -> tuple[str, str]:
    """("X compared with Y in people with Z", "two") from the first sentence that names a comparison.

    The second is the count of studies that made it, when that is only some of them.
    """
    for s in sents:
        assigned = _assigned(s) if studies == 1 else ""  # in a review of more, what one trial gave
        if assigned:
            return assigned, ""
        if "ompar" not in s.low:
            continue  # COMPARISON's "compar…", in any case: most sentences name no comparison
        # "Nine studies compared heparin (alone or with aspirin) with no treatment": the aside is not the comparison
        text = BRACKETED.sub("", s.text) if " (" in s.text else s.text
        m = COMPARISON.search(text)
        if m and _PASSIVE.search(text, 0, m.start()):
            continue  # "… could not be compared directly or combined …": no comparison is named
        if m and studies != 1 and _ONE_STUDY.match(text):
            continue  # "The RCT compared internet classes with … for participants with HIV", beside a study of others
        if m and not s.stats:
            x, y, who = m.group(1).strip(), m.group(2).strip(), (m.group(3) or "").strip()
            if (says_result(x.lower()) or len(_WORD.findall(f"{x} {y} {who}")) > 22 or " to " in f" {y} "
                    or y[:1].isdigit() or x.endswith(" up") or _RUN_ON.search(y)):
                continue  # not "the effect of delaying cART for up with 60 days", nor "optimal cytoreduction the
                # survival estimates" (a comma missing in the source runs the comparison into its result)
            x = x if x[:2].isupper() else x[:1].lower() + x[1:]
            x = _shared_head(x, y)
            counted = COUNTED.match(text) if part_of(s, studies) else None
            if counted and studies and 2 * (count(counted.group(1)) or 0) < studies:
                continue  # what a few of many studies compared is no fair picture of the review
            within = _CLAUSE_COUNT.search(text, 0, m.start()) if m.start() > 40 else None
            if within and studies and 2 * (count(within.group(1)) or 0) < studies:
                continue  # "29 studies compared X with Y, and 13 studies compared icodextrin with Y": the lesser part
            compared = f"{x} with {y}" if counted else f"{x} compared with {y}"
            firsts = [c.group(1).strip().lower() for c in COMPARISON.finditer(text)]
            if len(set(firsts)) > 1:
                continue  # "seven comparisons of X with Z and three comparisons of Y with Z": no one comparison
            if not counted and len(firsts) > 1:
                compared = x  # "the comparison of X with placebo, … of X with Y alone": X was studied, against several
            compared = compared.replace(" + ", " plus ")
            return compared + (f" {who}" if who else ""), (counted.group(1) if counted else "")
    return "", ""


# "No statistical differences were observed between CABG and stenting": what the review's one treatment was set against.
_BETWEEN = "between {} and (?P<y>[\\w-]+(?: [\\w-]+){{0,3}}?)(?=[,;.()]| (?:for|in|on|at|was|were|is|are|with)\\b)"


def set_against(about: str, abstract: Abstract) -> str:
    """"CABG compared with stenting": a subject of a word or two, with the one thing the abstract says it was compared
    with."""
    if len(about.split()) > 3 or f"between {about.lower()} and " not in abstract.low:
        return about
    against = {m.group("y").lower(): m.group("y")
               for m in re.finditer(_BETWEEN.format(re.escape(about)), abstract.text, re.I)}
    # set against one thing only: "between X and Y" and "between X and other forms of exercise" is one of several
    return f"{about} compared with {next(iter(against.values()))}" if len(against) == 1 else about


def _shared_head(x: str, y: str) -> str:
    """"double wall incubators" from "double versus single wall incubators": a lone word before "versus" shares the
    words that close the other side ("It was about double compared with single wall incubators" reads as a slip).

    One shared word needs a lone word that reads as a describing word ("oral versus
    intravenous antibiotics"), not a noun ("exercise versus usual care").
    """
    tail = y.split()[1:]
    if " " in x or not tail or x.lower() in {w.lower() for w in y.split()}:
        return x
    describes = x.lower().endswith(_DESCRIBING_ENDS) or x.lower() in _DESCRIBING
    return " ".join([x, *tail]) if len(tail) >= 2 or describes else x


_DESCRIBING_ENDS = ("al", "ic", "ous", "ive", "ary")
_DESCRIBING = frozenset({"early", "late", "high", "low", "short", "long", "single", "double", "delayed", "immediate"})


# "Participants were randomly assigned to either pregabalin (n = 11) or placebo (n = 11)", "In this 1992 trial,
# intravenous acyclovir and corticosteroids were compared with corticosteroids alone": what the trial compared.
_ASSIGNED = re.compile(r"\brandomly (?:assigned|allocated) to (?:receive )?(?:either )?"
                       r"(?P<x>[\w'-]+(?: [\w'-]+){0,4}?) or (?P<y>[\w'-]+(?: [\w'-]+){0,4}?)(?=[,;:.]|$)|"
                       r"^(?:In (?:this|the) (?:\d{4} )?(?:trial|study), )?(?P<a>[\w'-]+(?: [\w'-]+){0,6}?) "
                       r"(?:was|were) compared (?:with|to) (?P<b>[\w'-]+(?: [\w'-]+){0,5}?)(?=[,;:.]|$)")
_GROUP_SIZE = re.compile(r"\s*\(n\s*=\s*\d+\)")


def _assigned(s: Sentence) -> str:
    """"pregabalin compared with placebo" from a sentence saying what a trial randomly gave or compared, or ""."""
    if " compared " not in s.low and "randomly" not in s.low:
        return ""
    text = _GROUP_SIZE.sub("", s.text)
    m = _ASSIGNED.search(text)
    if not m or (s.stats and any(c.isdigit() for c in text.replace(m.group(0), ""))):
        return ""
    x, y = (m.group("x"), m.group("y")) if m.group("x") else (m.group("a"), m.group("b"))
    if says_result(f"{x} {y}".lower()) or any(c.isdigit() for c in f"{x}{y}") or x.lower().startswith(
            ("when ", "the results", "outcomes", "participants", "patients", "people")):
        return ""
    x = x if x[:2].isupper() else x[:1].lower() + x[1:]
    return f"{x} compared with {y}"
