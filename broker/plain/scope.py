"""What a review's own methods say it was about, where its conclusion names no subject.

The sentence that counts the studies ("… trials examining oral antidepressants in
Parkinson's disease"), what the methods say all of them set out to test ("aimed to
investigate the effects of …"), or the condition a review of all its treatments is about
("39 different treatments for pruritus"). Each phrase must pass the same test as a
subject read from the conclusion (``topic.named``).
"""

from __future__ import annotations

import re

from broker.plain.jargon import unexplained
from broker.plain.phrase import VERB, tidy
from broker.plain.reading import Abstract, Sentence
from broker.plain.starts import by_letters
from broker.plain.text import BRACKETED
from broker.plain.topic import runs_on
from broker.plain.topic_usable import OUTCOME, named, repeated_elsewhere

# "Three randomised controlled trials were found examining oral antidepressant medications in Parkinson's disease in
# a total of 106 patients": the sentence that counts all the review's studies says what they all examined.
_COUNTED_ABOUT = re.compile(r"\b(?:examining|evaluating|studying|investigating|assessing|testing|(?:that|which) "
                            r"(?:evaluated|examined|investigated|assessed|tested|studied))\s+(?:the (?:effects?|"
                            r"efficacy|effectiveness|use) of\s+)?(?P<x>[^,;:()]{3,100}?)(?=\s*[,;:.]|\s+(?:in a total|"
                            r"with a total|involving|including|totalling|enrolling|and (?:were|was|met)|were|was|"
                            r"met)\b|"
                            r"\s*$)")


def counted_subject(abstract: Abstract, sentence: Sentence) -> str:
    """What all of a review's studies examined, from the sentence that counts them, or ""."""
    m = _COUNTED_ABOUT.search(sentence.text)
    if not m:
        return ""
    return named(tidy(m.group("x")), abstract, sentence)


# "All four trials aimed to investigate the effects of orientation programs for cancer patients", "Trials compared the
# effects of cultural competence training for health professionals, with no training": the review's own words on what
# all its studies set out to test, said among its methods.
_AIMED_AT = by_letters(r"\b(?:aimed to (?:investigate|assess|evaluate|examine|determine|compare)|explored|assessed|"
                       r"evaluated|examined|investigated|compared|studied|tested)\s+the (?:effects?|efficacy|"
                       r"effectiveness|impact) of\s+(?P<x>(?:[^,;:()]|\([\w -]{3,30}\)){3,110}?)"
                       r"(?=\s*[,;:.]|\s*\((?![\w -]{3,30}\))|\s+(?:on|in a total|with a "
                       r"total|involving|including|compared|versus|against|and (?:were|was|met)|were|was|met)\b|\s*$)")
# "Two trials assessed the effects of …" in a review of more: what some of the studies did, not all.
_SOME = re.compile(r"^(?:only |in )?(?:one|a single|two|three|four|five|six|seven|eight|nine|ten|\d+)\b")


def aimed_subject(abstract: Abstract) -> str:
    """What all of a review's studies set out to test, from its methods ("aimed to investigate the effects of X"),
    or ""."""
    for s in abstract.sentences[:4]:
        if s.stats or s.leans or s.index in abstract.conclusions or not ("the effect" in s.low or "the imp" in s.low):
            continue
        m = _AIMED_AT.search(s.text)
        if not m or _SOME.match(s.low):
            continue
        phrase = named(tidy(BRACKETED.sub("", m.group("x"))), abstract, s)  # "one type of COX inhibitor (…) for …"
        if phrase:
            return phrase
    return ""


# "Altogether, we included 39 different treatments for pruritus in four different patient groups": a review of
# whatever treatments there are for one condition names the condition, not a treatment.
_TREATMENTS_FOR = re.compile(r"\b(?P<n>interventions|strategies|programmes|programs|approaches|treatments|therapies) "
                             r"(?P<how>to (?:treat|prevent|manage) |for (?:the (?:treatment|prevention|management) "
                             r"of )?)(?P<x>(?:[\w'-]+ ){0,4}?[\w'-]+)(?=[,;:.()]| (?:in|among|and|but|is|are|was|"
                             r"were|did|do|does|has|have|as|with|at|by|from|remains?)\b|$)")


_KINDS = ("interventions ", "strategies ", "programmes ", "programs ", "approaches ", "treatments ", "therapies ")


_CHOICE = by_letters(r"\bthe choice of (?:intervention|treatment|therapy) for (?:the )?(?:treatment of )?")


def purposed_subject(abstract: Abstract) -> str:
    """"treatments for pruritus": what a review's treatments were for, when it names no treatment of its own, or ""."""
    if not any(w in abstract.low for w in _KINDS) and "choice of " not in abstract.low:
        return _how_to(abstract)
    for s in abstract.sentences:
        # "… regarding the choice of intervention for treatment of acquired severe aplastic anemia": its treatments
        text = _CHOICE.sub("treatments for ", s.text) if "choice of " in s.low else s.text
        if s.stats or s.wish or s.leans or not any(w in text.lower() for w in _KINDS):
            continue
        for m in _TREATMENTS_FOR.finditer(text):
            what = named(tidy(m.group("x")), abstract, s, purpose=True)
            if what:
                return f"{m.group('n')} {m.group('how')}{what}"
    return _how_to(abstract)


# "This Cochrane Review is the final in a series of three providing relevant information … on how to prevent high
# altitude illness": the authors' own account of what their review is for.
_HOW_TO = re.compile(r"^This (?:Cochrane )?review\b[^.]*?\bon how to (?P<verb>prevent|treat|manage|reduce) "
                     r"(?P<x>(?:[\w'-]+ ){0,4}?[\w'-]+)(?=[,;:.()]| (?:and|in|among|for|with|by)\b|$)", re.I)


# "Evidence to date does not provide clinicians with reliable guidelines for treating periapical lesions": what the
# review's treatments were for, named by the authors in closing when nothing else names the subject.
_FOR_TREATING = by_letters(r"\b(?:for|on|about) (?:treating|the treatment of) (?P<x>(?:[\w'-]+ ){0,4}?[\w'-]+"
                           r"(?: (?:caused|induced) by (?:[\w'-]+ ){0,3}?[\w'-]+)?)"
                           r"(?=[,;:.()]| (?:and|but|in|among|is|are|was|were|with|at|by|remains?)\b|$)")


def _how_to(abstract: Abstract) -> str:
    """"ways to prevent high altitude illness", where the review says it tells how to, or ""; failing that, "treating
    periapical lesions" where the authors' closing words say what its treatments were for (one or several: "treating",
    not "ways to treat")."""
    for i in abstract.conclusions:
        s = abstract.sentences[i]
        m = _HOW_TO.match(s.text) if " how to " in s.low else None
        if not m:
            continue
        what = named(tidy(m.group("x")), abstract, s, purpose=True)
        if what:
            return f"ways to {m.group('verb')} {what}"
    for i in abstract.conclusions:
        s = abstract.sentences[i]
        m = _FOR_TREATING.search(s.text) if "treat" in s.low and not (s.stats or s.wish or s.leans) else None
        what = named(tidy(m.group("x")), abstract, s, purpose=True) if m else ""
        if what:
            return f"treating {what}"
    return ""


# "Four different anti-TNF-α agents were evaluated (infliximab in 3 studies, …)": what all the studies, between
# them, evaluated.
_EVALUATED = re.compile(r"^(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|\d+) (?:different )?"
                        r"(?P<x>[\w-]+(?: [\w-]+){0,3}?) (?:were|was) (?:evaluated|assessed|compared|tested|studied|"
                        r"examined|investigated)\b")


def evaluated_subject(abstract: Abstract) -> str:
    """The kind of treatment a review's studies evaluated between them ("anti-TNF-α agents"), or ""."""
    for s in abstract.sentences[:4]:
        m = _EVALUATED.match(s.text) if s.index not in abstract.conclusions and " were " in s.low else None
        phrase = named(m.group("x"), abstract, s) if m else ""
        if phrase:
            return phrase
    return ""


# "Generally, there is a lack of high quality evidence to be able to draw firm conclusions as to the effect of cycling
# infrastructure on cycling collisions": the authors' summing-up names what the whole review was about, where their
# verdict may name only one of the things it covered ("redesigning specific parts of cycle routes").
_SUMMED = re.compile(r"^(?:(?:overall|generally|in general|in summary|in conclusion|taken together),[^.]*?\bthe|"
                     # "Certainty about the effects of mass media campaigns on smoking behaviour in youth is very low"
                     r"(?:our )?(?:certainty|confidence) (?:about|in|of) the) effects? of (?P<x>[\w' -]{3,60}?) on "
                     r"(?P<y>[\w' -]{3,60}?)(?=,| (?:is|are|was|were|remains?|in terms of)\b|\.?$)")
# what the effect was on, when it names no outcome that needs the source to follow ("in terms of …")
_ON_WHAT = re.compile(r"^(?:[\w-]+ ){0,3}?[\w-]+(?: (?:in|among|of) (?:[\w-]+ ){0,2}?[\w-]+)?$")


def summed_subject(abstract: Abstract) -> str:
    """What the authors' closing "Overall, … the effect of X on …" says the review was about, or ""."""
    for i in abstract.conclusions:
        s = abstract.sentences[i]
        m = _SUMMED.match(s.low) if " effect" in s.low and not s.stats else None
        phrase = named(s.text[m.start("x"):m.end("x")], abstract, s) if m else ""
        if phrase and m:
            # "the effects of mass media campaigns on smoking behaviour in youth": what it was meant to change, too
            on = s.text[m.start("y"):m.end("y")]
            return f"the effects of {phrase} on {on}" if _ON_WHAT.match(on) and not unexplained(on, abstract.low) \
                else phrase
    return ""



# "Five drugs were evaluated; dexamphetamine, methylphenidate, methylamphetamine, pemoline and modafinil", "22 RCTs …
# studying Ginkgo biloba, N-acetyl cysteine (NAC), allopurinol, …, vitamin E or selegiline": the treatments a review's
# studies tested between them, listed where it counts them.
_LISTED = re.compile(r"^(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|\d+) (?:different )?(?:drugs|medicines|"
                     r"medications|treatments|agents|therapies|supplements) (?:were|was) (?:evaluated|assessed|"
                     r"compared|tested|studied|examined|investigated)[;:,] (?P<x>[^.;:()]+)\.?$|"
                     r"\b(?:studying|evaluating|testing|examining|investigating|assessing) (?P<y>[^.;:]+?)\.?$")
_SHORT_NAME = re.compile(r" \([A-Z][\w-]*\)")
_ITEM_SPLIT = by_letters(r", (?:and |or )?| and | or ")
_ITEM = re.compile(r"^[A-Za-z][\w'-]*(?: [\w'-]+){0,3}$")


def listed_subject(abstract: Abstract) -> str:
    """"dexamphetamine, methylphenidate, pemoline and modafinil": the treatments a review lists where it counts what
    its studies tested, or "" (fewer than three, more than seven, or any that is not a plain name)."""
    for s in abstract.sentences[:4]:
        if s.stats or s.index in abstract.conclusions or ", " not in s.text:
            continue
        m = _LISTED.search(s.text)
        listed = _SHORT_NAME.sub("", m.group("x") or m.group("y")) if m else ""
        items = [i.strip() for i in _ITEM_SPLIT.split(listed)] if listed else []
        if 3 <= len(items) <= 7 and all(_ITEM.match(i) and not any(c.isdigit() for c in i)
                                        and not VERB.intersection(i.lower().split())
                                        and not unexplained(i, abstract.low) for i in items):
            return f"{', '.join(items[:-1])} and {items[-1]}"
    return ""


# "Current evidence on effective interventions to prevent MEs … is limited", "the effectiveness of DMT for
# depression", "More high-quality RCTs of PN strategies for HIV and syphilis … are needed", "We found no trials of
# non-medical day centres": what the authors, in closing, say the evidence or the wished-for research is on.
_STOPS = (r"(?=\s*[,;:.()]|\s+(?:is|are|was|were|remains?|has|have|had|on|compared|versus|in (?:terms|relation)|"
          r"with regard|would|should|could|may|might|needs?|and (?:its|their|the)|as an?|to (?:improve|reduce|"
          r"prevent|assess|determine))\b|\s*$)")
_EVIDENCE_ON = re.compile(
    r"\bevidence (?:on|about|regarding|for|of|concerning) (?:the (?:use|effects?|effectiveness|efficacy|role|value|"
    r"benefits?) of )?(?P<x>[^,;:()]{3,110}?)" + _STOPS + "|"
    r"\b(?:effects?|effectiveness|efficacy|impact|role|value|benefits?|use) of (?P<y>[^,;:()]{3,110}?)" + _STOPS + "|"
    r"\b(?:trials|studies|RCTs|research) (?:of|on|into|about|evaluating|assessing|examining|investigating) "
    r"(?P<z>[^,;:()]{3,110}?)" + _STOPS)
_NONE = re.compile(r"^(?:no|none of the) (?:\w+ )?(?:studies|trials|rcts)\b")
# "effective interventions", "strategies": a kind of treatment that, said alone, names nothing; what it was for,
# said next ("to prevent MEs in a paediatric population in hospital"), makes it a subject.
KINDS = ("interventions", "strategies", "approaches", "programmes", "programs", "methods", "ways")
_KIND_ONLY = re.compile(r"^(?:effective |successful |different |possible )?(?P<kind>" + "|".join(KINDS) + ")$", re.I)
_KIND_AIM = re.compile(r" to (?:prevent|reduce|improve|treat|increase|promote|support|manage) [^,;:.()]{3,80}?"
                       r"(?=\s*[,;:.()]|\s+(?:is|are|was|were|remains?|has|have|had|would|should|could|may|might|"
                       r"needs?)\b|\s*$)")
# "a difference in …", "heterogeneity between …": what was measured, not what was studied
_MEASURED = re.compile(r"^(?:an? |the )?(?:differences?|heterogeneity|change)\b", re.I)


def wished_subject(abstract: Abstract) -> str:
    """What the authors' closing words say the evidence, or the research still needed, is on, or "".

    Looked for only where nothing stronger names the subject, in the closing sentences
    first; the phrase must be said in other sentences too and name no outcome.
    """
    others = (i for i in range(len(abstract.sentences)) if i not in abstract.conclusions)
    for i in (*abstract.conclusions, *others):
        s = abstract.sentences[i]
        if s.stats or (" of " not in s.low and " on " not in s.low) or _SOME.match(s.low) or _NONE.match(s.low):
            continue  # "Ten trials evaluated the effect of X" (of 13), "No studies … evaluated X": not the subject
        for m in _EVIDENCE_ON.finditer(s.text):
            # "More RCTs of PN strategies for HIV and syphilis": what more research is wanted for may be narrower
            # than what the review was for
            phrase = tidy(m.group("x") or m.group("y") or m.group("z").split(" for ", 1)[0])
            if (_MEASURED.match(phrase) or phrase.endswith("ed") or phrase.startswith(("a ", "an "))
                    or runs_on(s.text, m.end())):
                continue  # "psychological therapies delivered [remotely]" cut short; "a high fluoride toothpaste":
                # one product of several, not what the review was about
            found = named(phrase, abstract, s, repeated=True) or _kind_with_aim(phrase, s, m.end(), abstract)
            if found:
                return found
    return ""


def _kind_with_aim(phrase: str, s: Sentence, end: int, abstract: Abstract) -> str:
    """"interventions to prevent MEs": a kind of treatment named with what it was for, said next in ``s`` after
    ``end``; where who it was for ("in a paediatric population in hospital") is said nowhere else, without them."""
    kind = _KIND_ONLY.match(phrase)
    aim = _KIND_AIM.match(s.text, end) if kind else None
    if not kind or not aim:
        return ""
    for said in (f"{kind.group('kind')}{aim.group(0)}", f"{kind.group('kind')}{aim.group(0).split(' in ', 1)[0]}"):
        kind_and_aim = said.split(" ", 1)[0] + " " + said.split(" ", 3)[-1]  # the aim's own verb need not recur
        found = named(said, abstract, s) if repeated_elsewhere(kind_and_aim, abstract, s) else ""
        if found and not OUTCOME.search(said):
            return found
    return ""
