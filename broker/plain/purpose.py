"""What a treatment was for, in the authors' words: "for fungal ulcers", "to prevent shoulder dystocia".

Read from "for the treatment of X", "in preventing X", "a treatment for X" and "to prevent
X"; "for the prevention of X" is said "to prevent X", so a stitch is never "for" the
births it is meant to stop. Whether X can be said at all is for the caller to judge
(``topic`` tests each phrase the same way as a subject).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from types import MappingProxyType

from broker.plain.phrase import tidy
from broker.plain.starts import by_letters, starting
from broker.plain.text import mentions
from broker.plain.words import GROUPS

# "… for the treatment of fungal ulcers", "… in preventing falls", "… for detecting glaucoma": what the subject was
# used for (a test's target condition is said "for glaucoma").
_FOR = starting(r"\b(?:for|in) (?:the )?(?:symptomatic |short-term |long-term |acute )?(?P<aim>treatment|treating|"
                r"prevention|preventing|management|managing|relief|relieving|control|controlling|reduction|"
                r"reducing|detecting|detection|diagnosing|diagnosis) (?:of |from )?"
                r"(?P<what>(?:[\w'-]+ ){0,5}?[\w'-]+)"
                r"(?=[,;:.()]| (?:and|but|in|among|who|which|when|compared|than|is|are|was|were|with|at|after|"
                r"although|though|whereas|while|by|nor)\b|$)|"
                # "an effective treatment for PMS", "standard care for oesophageal carcinoma"
                r"\b(?:an? |the )?(?:effective |safe |useful |standard |first-line |routine |suitable )?(?:treatment|"
                r"therapy|care|option|analgesic|painkiller|medicine|drug|intervention|method) for "
                r"(?P<what2>(?:[\w'-]+ ){0,5}?[\w'-]+)(?=[,;:.()]| (?:but|in|among|who|which|when|compared|than|"
                r"is|are|was|were|with|at|after|based|by|nor)\b|$)")

# What each of _FOR's choices needs written, looked for first (most sentences have none): what the treatment did, or
# a treatment "for" something.
_FOR_WORDS = ("treat", "prevent", "manag", "relie", "control", "reduc", "detect", "diagnos", "therapy for ",
              "care for ", "option for ", "analgesic for ", "painkiller for ", "medicine for ", "drug for ",
              "intervention for ", "method for ")


# "… to prevent shoulder dystocia", "… to promote recovery after stroke": what the subject was given for; not
# "appears to reduce stroke", which is a finding. Led by "to" itself, each look-behind taking it in ("\b" as
# "(?<!\wto)"): the matcher then runs from one "to" to the next, where a look-behind first made it try every place.
_TO = re.compile(r"to(?<!\wto)(?<!appears to)(?<!appear to)(?<!appeared to)(?<!seems to)(?<!seem to)(?<!likely to)"
                 r"(?<!shown to)(?<!found to)(?<!able to)(?<!tends to)(?<!tend to)(?<!tended to)(?<!failed to)"
                 r"(?<!fail to)(?<!fails to)(?<!unlikely to) (?P<verb>prevent|treat|reduce|relieve|control|manage|"
                 r"promote|improve|speed|shorten|induce|stop|aid) (?P<what>(?:[\w'-]+ ){0,5}?[\w'-]+)"
                 r"(?=[,;:.()]| (?:and|but|in|among|who|which|when|compared|than|is|are|was|were|with|at|by|or|during|"
                 r"should|may|might|can|could|remains?|has|have)\b|$)")


# What "for the prevention of X" and "for reducing X" say in plain words; treating, managing or relieving X is "for X".
_AIM_VERB: Mapping[str, str] = MappingProxyType({"preve": "to prevent", "reduc": "to reduce"})


def purpose(text: str, fits: Callable[[str], str], plainest: bool = False) -> str:
    """"for fungal ulcers", "to prevent shoulder dystocia": what the subject was used for, or "".

    ``fits`` gives a phrase as it may be said (in the source's case), or "" when it cannot
    name what a treatment was for; ``plainest`` takes only "for the treatment of X" and
    "to prevent X", not "a treatment for X".
    """
    found = _FOR.search(text) if mentions(text, _FOR_WORDS) else None
    if found and ((plainest and not found.group("what")) or _AN_ARM.search(found.group(0))):
        found = None  # "in the treatment group" names an arm of a trial, not what the treatment was for
    if found:
        what = tidy(found.group("what") or found.group("what2"))
        said = fits(what) if what and what.rsplit(" ", 1)[-1].lower() not in GROUPS else ""
        if said:
            # "for preventing acute care visits" is to prevent them, not a treatment for them
            verb = "for" if found.group("what2") else _AIM_VERB.get(found.group("aim")[:5], "for")
            return f"{verb} {said}"
    found = _TO.search(text)
    if found:
        what = tidy(found.group("what"))
        said = fits(what) if what and what.rsplit(" ", 1)[-1].lower() not in GROUPS else ""
        if said and not _VAGUE_AIM.search(what.lower()):
            return f"to {found.group('verb')} {said}"
    return ""


# "… have considered the treatment of infantile spasms": what a review's treatments were for, named by the authors.
TREATMENT_OF = by_letters(r"\bthe (?:treatment|management|prevention) of (?P<what>(?:[\w'-]+ ){0,4}?[\w'-]+"
                           r"(?: and [\w'-]+)?(?: in (?!the\b|a\b|an\b)[\w'-]+)?)"
                           r"(?=[,;:.()]| (?:and|but|in|among|who|which|when|is|are|was|were|with|at|by|has|have)\b|$)")
_AN_ARM = by_letters(r"\b(?:groups?|arms?)$")
# "to improve outcomes", "to reduce the risk": an aim that names nothing in particular.
_VAGUE_AIM = re.compile(r"^(?:the )?(?:outcomes?|risks?|results?|symptoms|harms?|effects?|it|them|this|these)\b|"
                        r"\bthe (?:disease|condition|illness|disorder|problem)\b")
