"""Whether a study was done in a laboratory, on cells or animals, and not in people.

A finding in mice read as a finding in people misleads more than any hard word: "statins may
be a useful way to prevent colon cancer in obese individuals" was shown in obese mice. So an
abstract that names laboratory animals or cells, and counts no people, is a laboratory study,
and its entry says where the work was done. An abstract that also counts people ("tumours from
40 patients", "a randomised trial") is not called one: there, saying less is safe.
"""

from __future__ import annotations

import re
from types import MappingProxyType

from broker.plain.starts import by_letters

# Animals and cells as laboratory studies name them. "rat" alone, since "a rat model" is as common as "rats".
_ANIMAL = by_letters(r"\b(?:mice|mouse|murine|rats?|rodents?|hamsters?|rabbits?|zebrafish|xenografts?|"
                     r"knockout|transgenic)\b", re.I)
_CELLS = by_letters(r"\b(?:in vitro|cell lines?|cell cultures?|cultured|transfect(?:ed|ion)|knock-?down|sirnas?)\b",
                    re.I)
# A cell line by its name: "A549 cells", "MDA-MB-231 cells", "HepG2 cells", "HeLa".
_CELL_LINE = re.compile(r"\b(?=[\w-]*\d)[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)* cells\b|\bHeLa\b")
# People counted or enrolled, or their tissue studied: the work was (also) in people, whatever else it did.
_PEOPLE = re.compile(r"\b\d[\d,]* (?:[\w-]+ ){0,2}(?:patients|participants|people|women|men|children|adults|"
                     r"volunteers|subjects|individuals|cases)\b|\b(?:patients|participants|volunteers) (?:were|was) "
                     r"(?:randomi[sz]ed|enrolled|recruited|included)\b|\brandomi[sz]ed (?:controlled )?trial\b|"
                     r"\bclinical trial\b|\bhuman (?:[\w-]+ ){0,3}?(?:tissues?|samples|specimens|biopsies|blood|serum|"
                     r"plasma)\b|\b(?:tissue|tumou?r|patient) (?:samples|specimens)\b|\bbiopsies\b", re.I)
_SPECIES = MappingProxyType({"mice": "mice", "mouse": "mice", "murine": "mice", "rat": "rats", "rats": "rats",
                             "hamster": "hamsters", "hamsters": "hamsters", "rabbit": "rabbits", "rabbits": "rabbits",
                             "zebrafish": "zebrafish"})
_LEAST_CUES = 2  # one passing "in vitro" or "mice" (a finding cited from earlier work) does not make one


def in_laboratory(abstract: str) -> bool:
    """Whether the abstract reads as work on cells or animals that counts no people."""
    cues = len(_ANIMAL.findall(abstract))
    if cues < _LEAST_CUES:
        cues += len(_CELLS.findall(abstract)) + _LEAST_CUES * len(_CELL_LINE.findall(abstract))  # a name says it
    return cues >= _LEAST_CUES and not _PEOPLE.search(abstract)


def where_done(abstract: str) -> str:
    """"This research was done in mice, not in people.": the one animal the abstract names, or cells, or neither."""
    animals = _ANIMAL.findall(abstract)
    species = {_SPECIES[m.lower()] for m in animals if m.lower() in _SPECIES}
    cells = _CELLS.search(abstract) is not None or _CELL_LINE.search(abstract) is not None
    if len(species) == 1:
        where = f"on cells and in {species.pop()}" if cells else f"in {species.pop()}"
    elif cells and not animals:
        where = "on cells in a laboratory"
    else:
        where = "in a laboratory, on cells or animals"
    return f"This research was done {where}, not in people."
