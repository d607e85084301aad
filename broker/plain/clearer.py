"""The last pass over an entry's text: research words a lay reader stops at, swapped for everyday ones.

It runs on the few sentences an entry has already chosen, never on the abstract, so the
code that chooses them still sees the source's own words ("placebo", "arm", "data").
Each swap keeps the meaning where it is made: "arm" becomes "group" only beside words
that make it a trial's group and only where the source speaks of trials, never of a
body part; "agents" become "medicines" only after a word that makes them medicines.
A quoted name ("'no clinically significant response'") is left as the source wrote it.
Nothing here removes a negation, a hedge or a qualifier, or adds a number.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from types import MappingProxyType

from broker.plain.clearer_ways import WordList, said_plainly
from broker.plain.simplify import inside, quoted_spans
from broker.plain.starts import by_letters
from broker.plain.words import AGENT_ANY, AGENT_KINDS, ARM_KINDS, BODY, FINAL_SWAPS, TRIAL_ARM_KINDS, trie_pattern

# The swaps, in lower case and capitalised, where a word starts and ends.
_FINALS = WordList(FINAL_SWAPS)
# "placebo": "a dummy treatment" where it stands alone ("compared with placebo"), "dummy treatment" where it
# names a kind of thing ("the placebo group", "placebo pills"), the source's own "a" or "the" kept.
_DUMMY = re.compile(r"(?<![\w-])(?:([Aa]n?|[Tt]he|[Nn]o|[Aa]ny) )?([Pp]lacebos?)(?![\w-])( [a-z]+)?")
_LINKING = frozenset(["or", "and", "in", "for", "with", "to", "at", "on", "alone", "was", "were", "is", "are", "but",
                      "than", "after", "only", "plus", "the", "a", "an", "during", "among", "over", "as", "by",
                      "may", "might", "could", "did", "does", "had", "has", "have", "from", "of", "while", "when",
                      "until", "before", "whereas", "either", "also", "use", "using", "which", "that", "who"])
_DESCRIBING = frozenset(["treated", "controlled", "matched", "based", "induced", "adjusted", "exposed"])
_DESCRIBES_NEXT = re.compile(r" [\w-]+[ -](?:" + "|".join(_DESCRIBING) + r")\b")
_THING = frozenset(["treatment", "treatments", "procedure", "procedures", "intervention", "interventions"])
_AGENT = re.compile(r"(?<![\w-])(" + trie_pattern(AGENT_KINDS | {k[:1].upper() + k[1:] for k in AGENT_KINDS})
                    + r") agent(s?)(?![\w-])")
_AGENT_ANY = re.compile(r"(?<![\w-])(" + trie_pattern(AGENT_ANY | {k[:1].upper() + k[1:] for k in AGENT_ANY})
                        + r") agent(s?)(?![\w-])")
_MEDICINES = by_letters(r"drug|medic|therap|dose|pharma|chemo|antibiotic|tablet|inject")
# "the treatment arm" is a group wherever it stands; "both arms" and "in arms with …" only where the source
# speaks of trials and of no body part.
_TRIAL_ARM = re.compile(r"(?<![\w-])(?:" + trie_pattern(TRIAL_ARM_KINDS) + r") arms?(?![\w-])")
_ARM = re.compile(r"(?<![\w-])(?:(?:" + trie_pattern(ARM_KINDS) + r") arms?|arms?(?= (?:with|receiving|getting|"
                  r"given|of the (?:trials?|stud(?:y|ies))))|(?<=\bin )arms?)(?![\w-])")
_BODY = by_letters(r"\b(?:" + trie_pattern(BODY) + r")")
_TRIAL = by_letters(r"\b(?:randomi[sz]|trials?\b|rcts?\b|controlled)")
# "data" is plural: "results" keeps every verb after it right ("data are needed" -> "results are needed").
_DATA = re.compile(r"(?<![\w-])(?<!individual patient )(?<!individual participant )([Dd]ata)(?![\w-])"
                   r"(?! (?:set|sets|base|bases|collection|extraction|analysis|analyses|exploration|synthesis|sources?|"
                   r"management|monitoring|linkage|sharing|entry|quality)\b)")
# "there is not enough data": the verb is singular already, so "information", not "results".
_SINGULAR_BEFORE = by_letters(r"\b(?:is|was|exists?)\s+(?:not\s+|still\s+|currently\s+)?(?:enough|sufficient|little|no|"
                              r"limited|insufficient|some|any|too little|very little|scant|sparse)\s+$")
# "sulpiride augmentation of clozapine" is "adding sulpiride to clozapine".
# (not "It was about augmentation of antipsychotics with lithium": "about" is no medicine)
_AUGMENT = re.compile(r"(?<![\w-])(?:the )?(?:(?!(?:about|of|on|in|for|with|and|or|to|was|is|are|were|that|this|at|by|"
                      r"from|as|than)\b)([\w-]+) augmentation of ([\w-]+)|augmentation of ([\w-]+) "
                      r"(?:by|with) ([\w-]+))(?![\w-])", re.I)
_NOT_ADDED = frozenset(["breast", "bone", "ridge", "sinus", "labour", "labor", "lip", "bladder", "tissue", "the"])
# "insulin monotherapy" is insulin alone.
_MONO = re.compile(r"(?<![\w-])(?:([\w-]+) )?monotherapy(?![\w-])", re.I)
_NOT_A_MEDICINE = frozenset(["a", "an", "the", "of", "with", "as", "to", "and", "or", "than", "versus", "in", "on",
                             "for", "by", "compared", "given", "using", "no", "any", "standard", "either", "vs"])
# "treatment-associated toxicities of grade 3 or more": side effects graded severe or worse.
_SEVERE = re.compile(r"(?<![\w-])(?:(?:treatment|therapy)[- ](?:associated|related) )?(?:toxicit(?:y|ies)|adverse "
                     r"(?:events?|effects?)|side[- ]effects?) of grade (?:3|III|three) or (?:more|higher|above|worse)"
                     r"|(?<![\w-])grade (?:3|III|three) (?:or|and) (?:higher|above|more|worse|4|IV|four) "
                     r"(?:(?:treatment|therapy)[- ](?:associated|related) )?(?:toxicit(?:y|ies)|adverse "
                     r"(?:events?|effects?)|side[- ]effects?)(?![\w-])", re.I)

# "28-day and hospital death rate" is "the death rate within 28 days and in hospital": the number stays, with what
# it measures, and the noun stays singular so the verb after it is still right.
# Not where the time is the second of two describing words ("early neonatal and 28-day mortality", "hospital and
# 28-day …"; a list of nouns such as "ICU stay and 180-day mortality" is fine): moved behind
# the noun it would leave the first one describing nothing ("a fall of early newborn and death rate within 28 days").
_DAYS = re.compile(r"(?<![\w-])(?<!al and )(?<!al or )(?<!newborn and )(?:([Tt]he) )?(\d+)-(day|week|month|year)"
                   r"( and (?:in-)?(?:hospital|ICU|intensive care))? death (rates?)(?![\w-])")
# "regression of Graves' ophthalmopathy" is an illness getting better, unless the source uses the statistical word.
_REGRESSION = re.compile(r"(?<![\w-])([Rr])egression of(?! \w+ on\b)(?! (?:the |their |his |her )?(?:[\w-]+ )?"
                         r"(?:skills?|milestones?|development|language|speech|abilit(?:y|ies)|behaviou?rs?)\b)"
                         r"(?! (?:the )?(?:tumou?rs?|lesions?|plaques?|polyps?|metastases|hypertrophy|cysts?)\b)")
# "regression of the tumour" is its shrinking: "improvement in the tumour" could read as the tumour doing better.
_SHRINKING = re.compile(r"(?<![\w-])([Rr])egression of(?= (?:the )?(?:tumou?rs?|lesions?|plaques?|polyps?|metastases|"
                        r"hypertrophy|cysts?)\b)")
_STATISTICAL = by_letters(r"regression (?:analys|model|coefficient)|meta-?regression|"
                          r"(?:logistic|linear|cox) regression")

# "calcium supplementation" is extra calcium; only after a nutrient, since "short-term supplementation" is not.
_SUPPLEMENT = re.compile(r"(?<![\w-])((?:[Vv]itamin [A-K]\d?|[Oo]mega-3(?: PUFA| fatty acids?)?|[Ff]olic acid|"
                         r"[Ff]ish oil|[Cc]alcium|[Ii]ron|[Zz]inc|[Ii]odine|[Ff]olate|[Mm]agnesium|[Ss]elenium|"
                         r"[Oo]xygen|[Pp]rotein|[Ff]luoride|[Ll]actoferrin|[Rr]esveratrol|[Gg]lutamine|[Aa]rginine|"
                         r"[Cc]arnitine|[Pp]otassium)) "
                         r"supplementation(?![\w-])( to(?= (?:the |their |its )?(?:\w+ )?(?:feeds?|diets?|milk|"
                         r"formula|food|foods|meals?|water|flour|salt)\b))?")

# "postoperative complications" became "after surgery complications": where the source wrote the describing
# word before that noun, the time goes after it ("complications after surgery"), as English puts it.
_WHEN_SURGERY = re.compile(
    r"(?<![\w-])([Aa]fter|[Bb]efore|[Dd]uring|[Aa]round the time of) surgery ((?:smoking |patient |cardiac )?(?:"
    r"complications?|complication rates|pain|illness|infections?|delirium|hypothermia|fever|bleeding|seroma|care|"
    r"outcomes|assessment|evaluation|interventions|education|cognitive function|death rate|deaths?|drainage|"
    r"nausea and vomiting|nausea|vomiting|cervical ripening|ripening of the cervix))"
    r"(?=[,.;:)]| (?:and|or|in|at|was|were|is|are|compared|with|for|among|than|by|of|occurred|according|such|"
    r"without|but|providing|that|which|to|before)\b|$)")
# "antenatal breastfeeding education" -> "breastfeeding education before birth", not "before birth breastfeeding
# education"; "postpartum haemorrhage" -> "bleeding after giving birth".
_WHEN_BIRTH = re.compile(
    r"(?<![\w-])([Bb]efore birth|[Aa]fter birth|[Aa]fter giving birth) ((?:contraceptive |breastfeeding |BF |"
    r"heavy )?(?:care|education|counselling|visits?|clinics?|admissions?|classes|depression|bleeding|pain|"
    r"thyroiditis|support|checks|screening))(?=[,.;:)]| (?:and|or|in|at|was|were|is|are|compared|with|for|among|"
    r"than|by|of|on|to|occurred|but|that|which|improved|increased|reduced|improves|increases|reduces|had|has|may|"
    r"might|can|could|did|does|showed|shows|led)\b|$)")
_SOURCE_WORDS: Mapping[str, tuple[str, str]] = MappingProxyType({
    "after": ("postoperative ", "post-operative "), "before": ("preoperative ", "pre-operative "),
    "during": ("intraoperative ", "intra-operative "), "around the time of": ("perioperative ", "peri-operative ")})
# In keyhole surgery a "conversion" is a switch to open surgery part-way through; elsewhere it may be anything.
_CONVERSION = re.compile(r"(?<![\w-])([Cc])onversion (rates?)(?![\w-])")
# A word that opens with a vowel sound takes "an": "an advantage", "an unconditional cash transfer".
VOWEL_SOUND = re.compile(r"(?:[aeio]|u[nmp](?!i))")
SENTENCE_ENDS = (". ", "? ", "! ")


def an_before(words: Iterable[str]) -> re.Pattern[str]:
    """"a" (or a sentence's "A") just before one of these words, for :func:`with_an` to mend.

    The letter is read first and what must stand before it asked after, by look-behinds ("(?<![\\w-])a" as
    "a(?<![\\w-]a)"): the matcher then passes every place that holds no "a" or "A" at once, where a look-behind
    first is a full try at each place (three times the cost). The same matches."""
    return re.compile(r"([Aa])(?:(?<=a)(?<![\w-]a)|(?<=A)(?:(?<=^A)|(?<=[.!?] A))) (?=(?:" + trie_pattern(words)
                      + r")(?![\w-]))")


def with_an(pattern: re.Pattern[str], text: str) -> str:
    """The text with each "a" that ``pattern`` finds made "an"."""
    return pattern.sub(lambda m: m.group(1) + "n ", text)


def opens_sentence(text: str, at: int) -> bool:
    """Whether a word at ``at`` starts its sentence, so it is written with a capital."""
    return at == 0 or text[max(0, at - 2):at] in SENTENCE_ENDS


# "a superiority" swapped to "a advantage" needs "an": the swaps' own words that open with a vowel sound.
_AN = an_before({v.split()[0] for v in FINAL_SWAPS.values()
                 if v and VOWEL_SOUND.match(v) and not v.startswith(("one", "eu"))} | {"extra", "improvement"})


# Two sentences in a row that open on "But" (the source's "However" and "Nevertheless" both read "But").
_BUT_AGAIN = re.compile(r"((?:^|(?<=[.!?] ))But [^.!?]*[.!?] )But (?=[a-z])")


def clearer(text: str, source: str) -> str:
    """The text with research words swapped for everyday ones where the meaning is the same.

    ``source`` is the abstract in lower case: "arm" is a trial's group only where it
    speaks of trials and of no body part.
    """
    if not text:
        return text
    s = text
    low = s.lower()
    if "grade" in low:
        s = _SEVERE.sub(lambda m: _keep(m, "severe side effects"), s)
    if "augmentation" in low:
        s = _AUGMENT.sub(_added, s)
    if "placebo" in low:
        s = _DUMMY.sub(_dummy, s)
    if "agent" in low:
        s = _AGENT.sub(lambda m: _keep(m, f"{m.group(1)} medicine{m.group(2)}"), s)
        if _MEDICINES.search(source) or "medicine" in s:
            s = _AGENT_ANY.sub(lambda m: _keep(m, f"{m.group(1)} medicine{m.group(2)}"), s)
    if "arm" in low:
        s = _TRIAL_ARM.sub(_group, s)
        if _TRIAL.search(source) and not _BODY.search(source):
            s = _ARM.sub(_group, s)
    if "monotherapy" in low:
        s = _MONO.sub(_alone, s)
    if "data" in low:
        s = _DATA.sub(_results, s)
    if "supplementation" in low:
        s = _SUPPLEMENT.sub(_extra, s)
    if "death rate" in low:
        s = _DAYS.sub(_within, s)
    if "regression of" in low and not _STATISTICAL.search(source):
        s = _REGRESSION.sub(lambda m: _keep(m, ("I" if m.group(1) == "R" else "i") + "mprovement in"), s)
        s = _SHRINKING.sub(lambda m: _keep(m, ("S" if m.group(1) == "R" else "s") + "hrinking of"), s)
    if "onversion rate" in s and "laparoscop" in source and "conversion to" not in source:
        s = _CONVERSION.sub(lambda m: _keep(m, f"{'R' if m.group(1) == 'C' else 'r'}{m.group(2)[1:]} of switching to "
                                           "open surgery"), s)
    if " surgery " in s:
        s = _WHEN_SURGERY.sub(lambda m: _time_after(m, source), s)
    if " birth " in s:
        s = _WHEN_BIRTH.sub(_birth_after, s)
    s = said_plainly(s)
    text_now = s
    s = _FINALS.swapped(s, lambda start, end: _final(text_now, start, end))
    if ". But " in s:  # "But the effects are not clear … But further trials are justified": the second is "Even so"
        s = _BUT_AGAIN.sub(r"\1Even so, ", s)
    if s != text and "a " in s:
        s = with_an(_AN, s)
    return s[:1].upper() + s[1:]


def _keep(m: re.Match[str], new: str) -> str:
    """The swap, unless the match sits inside a quoted name."""
    return m.group(0) if inside(quoted_spans(m.string), m.start()) else new


# "increases the odds of clinical pregnancy by fourfold": four times the odds is not four times the chance.
# "The odds of death were 2.5 times higher", "a 50% reduction in the odds of death", "three times higher odds of
# relapse": a size put on odds is not the same size of chance, so "odds" stays wherever a size is near it.
_ODDS_TIMES = re.compile(r"\d|%|fold\b|\btimes\b|\b(?:twice|half|double|doubled|halved)\b", re.I)


def _final(text: str, start: int, end: int) -> str:
    """The swap for text[start:end], a word of FINAL_SWAPS, or the word where it must stay."""
    word = text[start:end]
    if word.lower().endswith("odds of") and _ODDS_TIMES.search(text, max(0, start - 40), end + 60):
        return word
    if word.lower().endswith(" evidence") and _GRADE_BEFORE.search(text, max(0, start - 30), start):
        return word  # "low- or very low-certainty evidence": the first grade has no word of its own, so neither is said
    new = FINAL_SWAPS[word.lower()]
    return word if inside(quoted_spans(text), start) else (new[:1].upper() + new[1:] if word[:1].isupper() else new)


# A grade said just before another's ("low to very low quality evidence"), sharing its "evidence".
_GRADE_BEFORE = re.compile(r"\b(?:low|moderate|high)(?:-| -)? (?:or|to|and) $", re.I)


def _dummy(m: re.Match[str]) -> str:
    article, word, after = m.group(1), m.group(2), m.group(3) or ""
    plural = word.lower() == "placebos"
    nxt = after.strip()
    if nxt in _DESCRIBING or (nxt in ("or", "and") and _DESCRIBES_NEXT.match(m.string, m.end())):
        # "placebo treated feeds", "placebo or no-treatment controlled trials": no plain word fits, so it is explained
        return m.group(0)
    if nxt in _THING:  # "placebo treatment", "placebo procedure": the noun is already there
        new, after = f"dummy{after}", ""
    elif nxt and nxt not in _LINKING and not nxt.endswith("ed"):  # "the placebo group"; not "placebo resulted"
        new = "dummy treatment"
    else:
        new = "dummy treatments" if plural else "dummy treatment"
        if not article and not plural:
            new = "a " + new
    if article:
        art = article if article.lower() not in ("a", "an") else article[0] + ("n" if new[0] in "aeiou" else "")
        new = f"{art} {new}"
    elif word[0].isupper():  # "Placebo" opens its sentence
        new = new[:1].upper() + new[1:]
    return _keep(m, new + after)


def _alone(m: re.Match[str]) -> str:
    """"insulin monotherapy" is insulin alone; "compared with monotherapy" is compared with one treatment alone."""
    before = m.group(1)
    if before and before.lower() not in _NOT_A_MEDICINE and not _DESCRIBES.search(before.lower()):
        return _keep(m, f"{before} alone")
    if before and before.lower() in ("a", "an") and m.string[max(0, m.start() - 3):m.start()] == "as ":
        return _keep(m, ("The" if before[0] == "A" else "the") + " only treatment")  # "as a monotherapy"
    if before and before.lower() in ("a", "an", "the"):
        return _keep(m, f"{before} single treatment")  # "a monotherapy arm" is a single-treatment group
    if before and before.lower() == "as":
        return _keep(m, "on its own")  # "fibrin glue as monotherapy or as an add-on to surgery"
    lead = f"{before} " if before else ""
    return _keep(m, lead + ("One treatment alone" if m.group(0)[:1] == "M" else "one treatment alone"))


# "receiving monotherapy", "first-line monotherapy", "intramuscular monotherapy": a word that says how or when, not
# the medicine given alone.
_DESCRIBES = re.compile(r"(?:ing|ed|ly|al|ar|ous|ive)$|-(?:line|dose)$|^(?:initial|continued|high|low|single)$")


def _results(m: re.Match[str]) -> str:
    """"data are needed" -> "results are needed"; "there is not enough data" -> "… not enough information"."""
    if _SINGULAR_BEFORE.search(m.string, 0, m.start()):
        return _keep(m, "information")
    return _keep(m, "Results" if m.group(1)[0] == "D" else "results")


def _group(m: re.Match[str]) -> str:
    word = m.group(0)
    new = word.replace("arms", "groups").replace("arm", "group")
    return _keep(m, new)


def _added(m: re.Match[str]) -> str:
    if m.group(1):
        added, to = m.group(1), m.group(2)
    else:
        added, to = m.group(4), m.group(3)
    if added.lower() in _NOT_ADDED or to.lower() in _NOT_ADDED:
        return m.group(0)  # "oxytocin augmentation of labour" speeds labour up: nothing is added to labour
    start = "Adding" if m.group(0)[:1].isupper() else "adding"
    return _keep(m, f"{start} {added} to {to}")


def _within(m: re.Match[str]) -> str:
    """"28-day and hospital death rate" -> "the death rate within 28 days and in hospital"."""
    the, n, unit, also, rate = m.groups()
    unit = unit if n == "1" else unit + "s"
    where = ""
    if also:
        place = also.split(" and ", 1)[1].removeprefix("in-")
        where = " and in " + ("intensive care" if place == "ICU" else place)
    listed = m.string[max(0, m.start() - 4):m.start()] in ("and ", " or ", ", ")  # "ICU stay and 180-day …"
    return _keep(m, f"{the or ('' if listed else 'the ')}{' ' if the else ''}death {rate} within {n} {unit}{where}")


def _extra(m: re.Match[str]) -> str:
    """"Vitamin A supplementation is helpful" -> "Extra vitamin A is helpful"."""
    what = m.group(1)
    if m.group(2):  # "lactoferrin supplementation to enteral feeds": lactoferrin added to enteral feeds
        return _keep(m, f"{what} added to")
    if opens_sentence(m.string, m.start()) and what[:1].isupper() and not what[1:2].isupper():
        return _keep(m, f"Extra {what[:1].lower()}{what[1:]}")
    return _keep(m, f"extra {what}")


def _birth_after(m: re.Match[str]) -> str:
    """"before birth breastfeeding education" -> "breastfeeding education before birth"."""
    return _after_its_noun(m, m.group(2), m.group(1))


def _after_its_noun(m: re.Match[str], what: str, when: str) -> str:
    """The time said after the thing it qualifies, with the capital where the sentence opened."""
    said = f"{what} {when.lower()}"
    return _keep(m, said[:1].upper() + said[1:] if when[:1].isupper() else said)


def _time_after(m: re.Match[str], source: str) -> str:
    """"after surgery complications" -> "complications after surgery", where the source said "postoperative"."""
    when, what = m.group(1), m.group(2)
    said_first = what.split()[0]
    firsts = (said_first, {"illness": "morbidity", "death": "mortality"}.get(said_first, said_first))
    if not any(word + first in source for word in _SOURCE_WORDS[when.lower()] for first in firsts):
        return m.group(0)
    return _after_its_noun(m, what, f"{when} surgery")
