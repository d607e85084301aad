"""Medicines and herbs by name: what ``jargon`` says of a treatment the source names but never describes.

A medicine's international name ends in one of the WHO's stems ("olanzapine", "pembrolizumab"), so most are
found by their endings and said to be medicines ("Olanzapine is a medicine."), which names what they are and
claims nothing. The names the endings miss, and herbs, are listed. Split from ``meanings``, which holds what
words mean; this module holds what named things are. Read-only tables.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

# Named treatments said to be what they are: medicine names the endings in MEDICINE_ENDINGS miss ("a medicine"
# joins the other names in one sentence: "Pimozide and chlorpromazine are medicines."), and herbs.
NAMED_TREATMENTS: Mapping[str, str] = MappingProxyType({
    **dict.fromkeys(("pimozide", "penfluridol", "terbutaline", "nitazoxanide", "tazarotene", "hydroxyzine",
                     "amantadine"), "a medicine"),
    **dict.fromkeys(("clofazimine", "levamisole", "amifostine", "quinine", "tirilazad",
                     "idursulfase", "fluorouracil", "diclofenac", "ingenol mebutate"), "a medicine"),
    # names the endings miss, which lay readers in a blind read of all 411 entries could not place (2026-12-01)
    **dict.fromkeys(("ketamine", "dexamphetamine", "methylamphetamine", "pemoline", "modafinil", "certolizumab pegol",
                     "lithium", "lubeluzole", "ebselen", "naltrexone", "disulfiram", "n-acetyl cysteine",
                     "allopurinol", "selegiline", "galantamine", "l-ornithine l-aspartate"),
                    "a medicine"),
    "adrenaline": "Adrenaline is a hormone the body makes, also given as a medicine.",
    "dehydroepiandrosterone": "Dehydroepiandrosterone is a hormone the body makes, also taken as a medicine.",
    "huangqi": "Huangqi is a herb used in Chinese medicine.",
    "ginkgo biloba": "Ginkgo biloba is a plant used as a herbal medicine.",
    "st john's wort": "St John's wort is a plant used as a herbal medicine.",
})

# Endings that mark a medicine's international name (the WHO's stems): "olanzapine", "pembrolizumab",
# "doxycycline". A name with one of these endings that no table above explains is said to be a medicine
# ("Olanzapine is a medicine."), which names what it is and claims nothing. Endings that everyday words share
# ("-ine", "-amine") are left out; NOT_MEDICINES holds the few words the endings below still catch.
MEDICINE_ENDINGS = (
    "mab", "tinib", "fenib", "ciclib", "parib", "cillin", "floxacin", "oxacin", "mycin", "micin", "cycline",
    "conazole", "prazole", "dazole", "vir", "vudine", "dipine", "apine", "epine", "azine", "oxetine", "traline",
    "pramine", "triptyline", "azepam", "azolam", "profen", "coxib", "tidine", "setron", "triptan", "vastatin",
    "gliflozin", "gliptin", "afil", "glutide", "parin", "xaban", "gatran", "olol", "pril", "sartan", "azosin",
    "dronate",
    "lukast", "terol", "tropium", "caine", "sone", "olone", "prost", "prostol", "platin", "taxel", "rubicin",
    "tecan", "trexate", "imod", "phylline",
    "fylline", "metacin", "methacin", "limus", "sporin", "phenidate", "gabalin", "pentin", "semide",
    "thiazide", "quine", "peridone", "azodone", "idone", "adone", "relin", "lutamide", "citabine", "fungin",
    "zolid", "barbital", "peridol", "azepine", "uracil", "oxone", "opram", "codone", "codeine", "madol", "tanyl",
    "proate", "toin", "propion", "piride", "renone", "rinone", "butamine", "trigine", "ramate", "batrin", "domide",
    "clopramide", "xepin", "asirox", "oxamine", "formin", "prostone",
)
NOT_MEDICINES = frozenset([
    "cocaine", "cholesterol", "phytosterol", "magazine", "newsmagazine", "provolone", "histidine", "hydrazine",
    "atrazine", "imidazole", "pregnenolone", "servir", "vivir", "ghrelin", "xboxone", "ibuprofen", "penicillin",
    # caught by "-pril", "-quine", "-terol", "-uracil", "-tecan", "-tidine", "-toin", yet no medicine
    "april", "equine", "sterol", "sterols", "ergosterol", "sitosterol", "stigmasterol", "uracil", "tecan", "cytidine",
    "thymidine", "hydantoin",
])
