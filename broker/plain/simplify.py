"""Make one abstract sentence plainer without adding anything the source does not say.

Steps, each a compiled pattern or a read-only table: drop statistics and bracketed
asides, swap hard words for everyday ones, and cut long sentences at clause
boundaries. Nothing here invents a number: text is only removed or re-worded.
Cheap substring tests guard the slower patterns, since this runs on every sentence.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from types import MappingProxyType

from broker.plain.acronyms import expand_acronyms
from broker.plain.clauses import has_verb, split_clauses
from broker.plain.clearer_ways import WordList
from broker.plain.kept import keeps_meaning, numbers
from broker.plain.starts import by_letters, starting
from broker.plain.text import has_digit, mentions, word_tokens
from broker.plain.words import EITHER_WITHOUT_OR, GROUPS, OR_SWAPS, SWAPS, trie_pattern

# "(171 women)" right after "four studies" becomes "with 171 women"; the word before is checked in code.
_COUNT_PAREN = re.compile(
    r"[\(\[]\s*(?:n\s*=\s*|with\s+|involving\s+|including\s+|total\s+)?(\d[\d,]*)\s+(" + "|".join(GROUPS)
    + r")\b[^()\[\]]*[\)\]]", re.I)
_STUDY_BEFORE = ("studies", "trials", "rcts", "reviews", "study", "trial", "rct")
_PAREN = re.compile(r"\([^()\[\]]*\)|\[[^()\[\]]*\]")
_QUALIFYING = re.compile(r"\b(?:although|though|but|except|not|non-significant|only|unless|however)\b", re.I)
_PAREN_BAD = re.compile(r"\d|;|=|%|\b[A-Z]{2,}|\b(?:evidence|certainty|quality|stud(?:y|ies)|trials?|"
                        r"participants|or|e\.g|i\.e)\b", re.I)

# Statistics written in the running text rather than in brackets, and the names that send a sentence to them.
_STAT_HINTS = ("OR", "RR", "HR", "MD", "RD", "NNT", "I\u00b2", "I2", "Tau", "Chi")
# "I2 = 43%", never the "I219" of a gene variant's name ("I219V"): a name is no statistic.
_STAT_ABBR = starting(r"(?<![A-Za-z0-9])(?:a?ORs?|a?RRs?|a?HRs?|S?MDs?|WMDs?|RDs?|ARRs?|NNT[BH]?|IRRs?|"
                      r"[IT]\s*[\u00b22](?!\d)|Tau\s*[\u00b22]|Chi\s*[\u00b22])\s*[=:]?\s*[-\u2212\u2013]?\d[\d.,]*\s*%?")
_STAT_CI = re.compile(r"\d+\s*%\s*(?:CI|CrI|confidence\s+intervals?|credible\s+intervals?)\b[\s:,=]*"
                      r"[-\u2212\u2013]?\d[\d.,]*\s*%?\s*(?:to|-|\u2013|\u2014|,)\s*[-\u2212\u2013]?\d[\d.,]*\s*%?")
# ", with a number needed to treat to benefit of seven for resolution": a closing clause that is only a statistic.
_NNT_CLAUSE = re.compile(r",? with (?:a |an )?(?:number needed to (?:treat|harm)|NNT[BH]?)\b[^.;:]*(?=[.;:]|$)")
_STAT_P = re.compile(r"[Pp]\s*(?:value\s*)?[=<>\u2264\u2265]\s*0?\.\d+")
_PN = re.compile(r"(?<![\w-])[PpNn]\s*[=<>\u2264\u2265]")
_STAT_TOKENS = frozenset(["OR", "ORs", "NNT", "NNTB", "NNTH", "ARR", "RRR", "CI", "CIs", "CrI", "RR", "RRs", "SMD",
                          "MD", "WMD", "HR", "HRs", "SMDs", "MDs", "ci", "rr", "smd", "md", "hr"])
_STAT_PHRASES = ("confidence interval", "odds ratio", "risk ratio", "hazard ratio", "rate ratio",
                 "mean difference", "relative risk", "standardised", "standardized", "risk difference",
                 "credible interval", "absolute risk", "number needed to", "effect size", "i\u00b2", "i2 ")
_PUNCT_RUN = starting(r"\s+(?=[,.;:])|([,;:])(?:\s*[,;:])+")
# Words that cannot come right before a stop: a sign that removing statistics broke the sentence.
_BROKEN = frozenset([
    "with", "of", "to", "in", "for", "and", "by", "from", "than", "at", "on", "the", "a", "an", "versus", "vs",
])


def _punct(m: re.Match[str]) -> str:
    return m.group(1) or ""


def _needs_punct_fix(s: str) -> bool:
    """A cheap look for " ," or ",," left behind by a removal, before running the pattern."""
    return (" ," in s or " ." in s or " ;" in s or " :" in s or ",," in s or ", ," in s
            or ";," in s or ",;" in s or ", ;" in s or "; ," in s)


# "or" is a fine word, but sentences built on "X or Y" are hard to follow and read like the
# "OR" statistic to automatic checks; a few fixed phrases can be said without it.
_OR_PHRASES = starting(r"\b(?!" + EITHER_WITHOUT_OR + r")(?:" + trie_pattern(OR_SWAPS) + r")\b", re.I)
# "little or no difference", "low or very low certainty": a range; "high or low feedback" is a choice, and stays.
_OR_RANGE = re.compile(r" or (?=(?:very )?(?:no|none|low|high|moderate|little|small|few)(?:[- ](?:quality|certainty)|"
                       r"\s+(?:difference|differences|effect|effects|evidence|benefit|change|impact|increase|"
                       r"reduction)\b))")
_RANGE_WORDS = frozenset(["little", "low", "moderate", "high", "small", "few"])
_OR_WORDS = tuple(k.lower() for k in OR_SWAPS)
_HAS_OR = re.compile(r"\bor\b", re.I)


# Swaps, in lower case and capitalised: "RCTs" is in capitals mid-sentence too.
_SWAPS = WordList(SWAPS, ("RCT", "RCTs"))
_COMPARED_VERSUS = re.compile(r"\b((?:[Cc]ompar(?:ed|ing|es)|[Cc]omparisons? of)\b[^,;.()]{1,80}?) (?:versus|"
                              r"verus|vs\.?)(?= )")
_BETWEEN_VERSUS = re.compile(r"\b([Bb]etween\b[^,;.()]{1,80}?) (?:versus|verus|vs\.?)(?= )")
_FIRST = frozenset(v.split()[0] for v in SWAPS.values() if v)
# "assessed" is "checked" where it is a verb ("Five trials assessed pain", "pain was assessed"); straight after a
# noun it describes the noun ("the high risk of bias assessed mean that …"), where "checked" reads as the verb of
# a new clause, so the source's word stays.
_PARTICIPLES = frozenset(["assessed"])
_BEFORE_A_NAME = frozenset(["modified", "Modified"])
_VERB_BEFORE = frozenset(["was", "were", "is", "are", "be", "been", "being", "have", "has", "had", "not", "never",
                          "also", "then", "and", "or", "we", "they", "it", "which", "that", "who", "study", "studies",
                          "trial", "trials", "review", "reviews", "authors", "researchers", "first", "further"])

# A swap can change the sound a word starts with: "an additional" became "an more".
# Words that say when or how a start was made, right before "initiation of" ("early", "CD4-guided", "early or delayed").
_TIMED = re.compile(r"\b(?:early|late|later|delayed|deferred|immediate|prompt|routine|timely|[\w]+-guided)"
                    r"(?: (?:or|and|versus|vs) [\w-]+)? $", re.I)
_A_AN = re.compile(r"\b([Aa])n\s+(?=(?:" + trie_pattern(w for w in _FIRST if w[0] not in "aeiou") + r")\b)")
_AN_A = re.compile(r"\b([Aa])\s+(?=(?:" + trie_pattern(w for w in _FIRST if w[0] in "aeiou") + r")\b)")
# Openers that only make sense next to the sentence the summary has dropped.
# Openers that only link to the sentence before; "Based on …," or "To date," qualify a claim, so they stay.
_DANGLING = re.compile(r"^(?:In conclusion|In summary|To summari[sz]e|Taken together|Also|Overall|In total|"
                       r"In general|Finally|In contrast(?! to\b)|Similarly|Likewise|Again|So(?! far)|Of note|"
                       r"In this review)\b,?\s*", re.I)
# "This review found that X", "Based on the results of this Cochrane Review, X": the frame goes, X stays; a
# hedging frame ("The results suggest that …") is kept, since its "suggest" is part of the claim.
_FRAMING = re.compile(
    r"^(?:(?:(?:The )?(?:results|findings) (?:of|from) (?:this|the|our) (?:systematic |Cochrane |updated )?review|"
    r"This (?:systematic |Cochrane |updated )?review|Our (?:results|findings|review)|We) (?:has |have )?(?:found|"
    r"finds|find|show|shows|showed|shown|demonstrates?|demonstrated|confirms?|confirmed) that|"
    r"Based on (?:the )?(?:results|findings) of this (?:Cochrane |systematic )?review,|"
    r"In this (?:Cochrane )?(?:systematic )?review,? we (?:found|find|show|showed) that(?: that)?)"
    r"\s+(?=[a-zA-Z])", re.I)
_SIGNS = re.compile(r"([<>\u2264\u2265]=?)\s*(?=\d)")
_SIGN_WORDS: Mapping[str, str] = MappingProxyType({
    "<": "less than ", ">": "more than ", "\u2264": "up to ", "\u2265": "at least ", "<=": "up to ", ">=": "at least "})
_DANGLING_STARTS = frozenset([
    "In", "To", "Taken", "Also", "Overall", "Now", "Finally", "Similarly", "Likewise", "Again", "So", "Of", "Based",
    "On", "Due", "Because", "Given", "Currently", "At",
])
_HOWEVER_JOIN = re.compile(r"[,;]\s*however(?:\s+(?=[a-z])|,\s+(?=(?:there|the|a|an|we|it|this|these|they|no|none|"
                           r"some|most|all|only|each|both|evidence|data|studies|trials|results|its|their|our|in|for|"
                           r"at)\b))")
_HOWEVER_ASIDE = re.compile(r",\s*however,\s*")
# "…, therefore an RCT comparing … is desirable": a "so" that joins a clause; dropped, as a padding word is, it
# leaves two sentences run together on a comma.
_SO_JOIN = re.compile(r"[,;]\s*(?:therefore|thus|hence)\s+(?=(?:there|the|a|an|we|it|this|these|they|no|none|some|"
                      r"most|all|only|each|both|evidence|data|studies|trials|results|its|their|our|further|more|"
                      r"larger|future)\b)")
# "The effect, therefore, was small": an aside inside a clause; "… only six weeks, therefore, extra considerations …":
# a "so" between two.
_SO_ASIDE = re.compile(r",\s*(?:therefore|thus|hence),\s*")
# "…, which however, was not seen with …": the aside goes with its comma, never leaving "which, was".
_RELATIVE_HOWEVER = by_letters(r"\b(which|who|that) however,?\s+")
_START_BUT = re.compile(r"^(?:However|Nevertheless|Yet),?\s+")
# A trailing list of examples adds long words and little meaning for a lay reader.
_EXAMPLES = re.compile(r",\s+(?:including|such as|e\.g\.,?|for example,?|namely)\s+[^;.]*$")
_DOUBLED = tuple(f" {w} {w} " for w in ("that", "the", "of", "to", "and", "in", "a"))  # "we found that that"
_REPEAT = re.compile(r"\b(that|the|of|to|and|in|a)\s+\1\b", re.I)  # "we found that that": a typo
# A quoted name ("'no clinically significant response' in global state") is the source's own label for an
# outcome or a scale: a word swapped inside it would name something the source never measured.
_QUOTED = re.compile(r"(?<!\w)(?:'[^'\n]{2,120}?'|\u2018[^\u2019\n]{2,120}?\u2019|\u201c[^\u201d\n]{2,120}?\u201d|"
                     r'"[^"\n]{2,120}?")(?!\w)')


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quoted name in a text, so swaps can leave it as the source wrote it."""
    if "'" not in text and '"' not in text and "\u2018" not in text and "\u201c" not in text:
        return []
    return [m.span() for m in _QUOTED.finditer(text)]


def inside(spans: list[tuple[int, int]], at: int) -> bool:
    """Whether a position falls inside one of the spans."""
    return any(start < at < end for start, end in spans)


@lru_cache(maxsize=512)
def clean(sentence: str) -> str:
    """Remove statistics and bracketed asides, keeping group sizes as plain words.

    Returns "" when what is left no longer reads as a sentence. Cached for one entry, whose sentences are cleaned
    again and again by the parts that weigh them; ``entry.parts`` empties the cache for each entry.
    """
    s = sentence
    if "(" in s or "[" in s:
        s = _COUNT_PAREN.sub(_count_paren, s)
    if has_digit(s):
        if mentions(s, _STAT_HINTS):
            s = _STAT_ABBR.sub(_stat_abbr, s)
        if "%" in s:
            s = _STAT_CI.sub("", s)
        if _has_comparison(s):
            s = _STAT_P.sub("", s)
    if "(" in s or "[" in s:
        s = _without_asides(s)
    if "needed to" in s or "NNT" in s:
        s = _NNT_CLAUSE.sub("", s)  # "…, with a number needed to treat to benefit of seven for …": a statistic
    low = s.lower()
    if " or " in low or "either" in low or "and/or" in low:
        if _may_say_or_phrases(s, low):
            s = _OR_PHRASES.sub(lambda m: OR_SWAPS[m.group(0).lower()], s)
        s = _OR_RANGE.sub(_or_range, s)
    if s == sentence:
        return " ".join(s.split())
    if _needs_punct_fix(s):
        s = _PUNCT_RUN.sub(_punct, s)
    s = " ".join(s.split())
    if s[-2:-1] in (",", ";", ":"):
        s = s[:-2].rstrip() + s[-1]
    if s.endswith("..") and not s.endswith("..."):
        s = s[:-1]
    toks = s.split()
    if not toks or any(t[-1] in ",;:." and t[:-1].lower() in _BROKEN for t in toks):
        return ""
    return s


def _may_say_or_phrases(s: str, low: str) -> bool:
    """Whether ``_OR_PHRASES`` may find one: in ASCII text only where its words stand in the lower-case text, as
    they seldom do where an "or" stands (beyond ASCII, "\u0131" is an "i" to a pattern that ignores case)."""
    return not s.isascii() or mentions(low, _OR_WORDS)


def _without_asides(s: str) -> str:
    """Brackets dropped, innermost first, unless ``_keep_paren`` keeps them; up to three times, for nested ones."""
    for _ in range(3):
        new, n = _PAREN.subn(lambda m: m.group(0) if _keep_paren(m.group(0)) else "", s)
        if new == s or n == s.count("(") + s.count("["):
            return new  # every bracket was an innermost one: another time round would keep those kept, as they are
        s = new
    return s


def _or_range(m: re.Match[str]) -> str:
    """"little or no" and "low or very low" are ranges: "little to no", "low to very low"."""
    before = m.string[max(0, m.start() - 10): m.start()].rsplit(" ", 1)[-1].lower()
    return " to " if before in _RANGE_WORDS else m.group(0)


def _has_comparison(s: str) -> bool:
    return "=" in s or "<" in s or ">" in s or "\u2264" in s or "\u2265" in s


def _stat_abbr(m: re.Match[str]) -> str:
    """Drop "RR 0.75" but not the end of a word such as "FLOOR 2"."""
    i = m.start()
    if i and (m.string[i - 1].isalnum() or m.string[i - 1] == "-"):
        return m.group(0)
    return ""


def _count_paren(m: re.Match[str]) -> str:
    before = m.string[max(0, m.start() - 9): m.start()].rstrip().lower()
    if before.endswith(_STUDY_BEFORE):
        return f" with {m.group(1)} {m.group(2)}"
    return m.group(0)


def _keep_paren(text: str) -> bool:
    """Keep a short plain aside such as "(previously untreated)"; drop statistics and empty brackets."""
    inner = text.strip()[1:-1]
    if not has_digit(inner) and len(inner.split()) <= 10 and (
            inner.lower().startswith("with or without ") or _QUALIFYING.search(inner)):
        return True  # a qualifier ("although results were non-significant in subgroups"), not an aside
    return 0 < len(inner.split()) <= 5 and inner.strip(" ,;:.") != "" and not _PAREN_BAD.search(inner)


def _so_aside(m: re.Match[str]) -> str:
    """A ", therefore," dropped where it stands inside a clause, and said as ", so " where a clause ends before it."""
    before = re.split(r"[,;]", m.string[: m.start()])[-1]
    return ", so " if has_verb(before) else " "


def has_stats(sentence: str, tokens: list[str] | None = None) -> bool:
    """True if statistical notation is left, so the sentence must not be used."""
    if not _STAT_TOKENS.isdisjoint(word_tokens(sentence) if tokens is None else tokens):
        return True
    if _has_comparison(sentence) and _PN.search(sentence):
        return True
    low = sentence.lower()
    return mentions(low, _STAT_PHRASES)


def has_or(sentence: str) -> bool:
    """True if the sentence still offers an "X or Y" choice."""
    low = sentence.lower()
    return " or " in low or low.startswith("or ") or " or," in low


def simplify(sentence: str) -> str:
    """Swap hard words for everyday ones and drop openers that point at missing text."""
    s = _START_BUT.sub("But ", sentence) if sentence[:1] in "HNY" else sentence
    if s[:1] in "TBOWtbow":
        s = _FRAMING.sub("", s, count=1)
    after_article: list[bool] = []
    quotes: list[tuple[int, int]] = []

    def swap(text: str, start: int, end: int) -> str:
        """The swap for text[start:end], a word of SWAPS, or the word where it must stay."""
        src = text[start:end]
        if quotes and inside(quotes, start):
            return src
        new = SWAPS[src.lower()]
        if src in _PARTICIPLES and start:
            before = text[max(0, start - 20):start].split()
            word = before[-1].lower() if before else ""
            if word and not word.isdigit() and word not in _VERB_BEFORE and not word.endswith("ly"):  # "reliably"
                return src
        if src in _BEFORE_A_NAME and text[end:end + 2][1:].isupper():
            return src  # "the modified Rankin scale" is a named scale, not a changed one
        if new == "starting" and _TIMED.search(text, max(0, start - 40), start):
            new = "start of"  # "early or CD4-guided initiation of ART": "early starting ART" is not English
        if not after_article and text[max(0, start - 3): start].lower() in ("an ", " a "):
            after_article.append(True)
        # "RCTs" is in capitals mid-sentence too: only a word that opens the sentence keeps a capital.
        upper = src[:1].isupper() and (not src[1:2].isupper() or start == 0)
        return new[:1].upper() + new[1:] if upper and new else new

    if " vers" in s or " vs" in s:
        s = _COMPARED_VERSUS.sub(r"\1 with", s)  # "compared X versus Y" is "compared X with Y", not "… compared with Y"
        s = _BETWEEN_VERSUS.sub(r"\1 and", s)  # "between X versus Y" is "between X and Y"
    if "however" in s:
        # "The effect, however, was small": an aside that goes; "…, however study numbers were small": a "but".
        s = _HOWEVER_ASIDE.sub(" ", _HOWEVER_JOIN.sub(", but ", _RELATIVE_HOWEVER.sub(r"\1 ", s)))
    if "therefore" in s or "thus" in s or "hence" in s:
        s = _SO_JOIN.sub(", so ", _SO_ASIDE.sub(_so_aside, s))
    quotes.extend(quoted_spans(s))
    text = s
    s = _SWAPS.swapped(s, lambda start, end: swap(text, start, end))
    if after_article:  # "an additional" became "an more": mend the article
        s = _AN_A.sub(r"\1n ", _A_AN.sub(r"\1 ", s))
    if _has_comparison(s):  # "≥ 21 days" reads as "at least 21 days"
        s = " ".join(_SIGNS.sub(lambda m: " " + _SIGN_WORDS[m.group(1)], s).split())
    if s.split(" ", 1)[0].rstrip(",") in _DANGLING_STARTS:
        s = _DANGLING.sub("", s)
        if s[:8].lower() == "in this ":  # "In conclusion, in this Cochrane systematic review we found that X"
            s = _FRAMING.sub("", s, count=1)
    if "," in s:
        body = s.rstrip(" .")
        tail = _EXAMPLES.search(body)
        if tail and not has_verb(tail.group(0)) and len(body[: tail.start()].split()) >= 5:
            s = body[: tail.start()] + "."
    low = s.lower()
    if mentions(low, _DOUBLED):
        s = _REPEAT.sub(r"\1", s)
    if _needs_punct_fix(s):
        s = _PUNCT_RUN.sub(_punct, s)
    s = " ".join(s.split())
    if s[:1] in ",;:":
        s = s[1:].lstrip()
    if "ut," in s:
        s = s.replace("But, ", "But ").replace(" but, ", " but ")
    return s[:1].upper() + s[1:] if s else s


# "In view of this lack of evidence, it is impossible to …": a reason that only points back at what was said
# before; the claim after it stands alone, and its own negations and hedges are all kept.
_POINTING_REASON = re.compile(r"^(?:In view of|Given|Because of|Due to|On the basis of|Based on|In light of|As a "
                              r"result of|For) (?:this|these|those|such|the above)\b[^,]{0,60},\s+(?=[a-z])")


def plain_sentences(source: str, allowed: set[str] | None = None, acronyms: Mapping[str, str] | None = None
                    ) -> list[str]:
    """One source sentence made plain, as one or more short sentences, or [] if that cannot be done safely.

    Statistics go, hard words are swapped, and a long sentence is cut at its clauses; all
    the pieces are kept, in order, so no clause loses its qualifier. The result is refused
    when a negation, hedge or qualifier was lost, statistics remain, it no longer reads as
    a sentence, or (given ``allowed``) it holds a number the source does not have.
    """
    reason = _POINTING_REASON.match(source) if source[:1] in "IGBDOF" else None
    if reason:
        source = source[reason.end()].upper() + source[reason.end() + 1:]
    text = clean(source)
    if not text or has_stats(text) or not _balanced(text):
        return []
    if acronyms:
        text = expand_acronyms(text, acronyms)
    simple = simplify(text)
    if not keeps_meaning(source, simple):
        simple = text
        if not keeps_meaning(source, text):
            return []
    if not has_verb(simple) or (allowed is not None and not numbers(simple) <= allowed):
        return []
    return split_clauses(simple) if len(simple.split()) > 16 else [simple]


def _balanced(text: str) -> bool:
    """Brackets that open also close: a statistic removed from inside them can leave one behind."""
    return text.count("(") == text.count(")") and text.count("[") == text.count("]")
