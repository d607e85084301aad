"""Medicines and herbs by name: what ``jargon`` says of a treatment the source names but never describes.

A medicine's international name ends in one of the WHO's stems ("olanzapine", "pembrolizumab"), so most are
found by their endings and said to be medicines ("Tirilazad is a medicine."), of their kind where the name or
its stem surely says it ("Olanzapine is a medicine for serious mental illness.", "Cisplatin is a cancer
medicine."): an abstract that never names the illness still tells a reader what its medicines are for. The names
the endings miss, and herbs, are listed. Split from ``meanings``, which holds what words mean; this module holds
what named things are. Read-only tables.
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

# What kind of medicine a name is, said in its place ("Sertraline is an antidepressant.", "Clozapine and olanzapine
# are medicines for serious mental illness."): where an abstract never names the illness, the kind tells a reader
# what the medicines are for. Each kind is (one, several); a name with no kind is "a medicine".
KINDS: Mapping[str, tuple[str, str]] = MappingProxyType({
    "antipsychotic": ("a medicine for serious mental illness", "medicines for serious mental illness"),
    "antidepressant": ("an antidepressant", "antidepressants"),
    "antibiotic": ("an antibiotic", "antibiotics"),
    "antifungal": ("a medicine for fungal infections", "medicines for fungal infections"),
    "antiviral": ("a medicine against viruses", "medicines against viruses"),
    "painkiller": ("a painkiller", "painkillers"),
    "statin": ("a medicine that lowers cholesterol", "medicines that lower cholesterol"),
    "acid": ("a medicine that lowers stomach acid", "medicines that lower stomach acid"),
    "blood pressure": ("a blood pressure medicine", "blood pressure medicines"),
    "migraine": ("a medicine for migraine", "medicines for migraine"),
    "sickness": ("an anti-sickness medicine", "anti-sickness medicines"),
    "calming": ("a calming medicine", "calming medicines"),
    "cancer": ("a cancer medicine", "cancer medicines"),
    "blood thinner": ("a blood-thinning medicine", "blood-thinning medicines"),
    "diabetes": ("a diabetes medicine", "diabetes medicines"),
    "epilepsy": ("a medicine for epilepsy", "medicines for epilepsy"),
    "steroid": ("a steroid medicine", "steroid medicines"),
})
KIND_OF: Mapping[str, str] = MappingProxyType({
    **dict.fromkeys(("chlorpromazine", "haloperidol", "penfluridol", "pimozide", "perphenazine", "perazine",
                     "sulpiride", "amisulpride", "clozapine", "olanzapine", "quetiapine", "risperidone",
                     "paliperidone", "aripiprazole", "ziprasidone", "asenapine", "lurasidone", "flupenthixol",
                     "flupentixol", "fluphenazine", "trifluoperazine", "zuclopenthixol", "thioridazine", "loxapine",
                     "sertindole", "zotepine", "benperidol", "pipotiazine"), "antipsychotic"),
    **dict.fromkeys(("fluoxetine", "sertraline", "paroxetine", "citalopram", "escitalopram", "fluvoxamine",
                     "venlafaxine", "desvenlafaxine", "duloxetine", "mirtazapine", "amitriptyline", "nortriptyline",
                     "imipramine", "clomipramine", "desipramine", "trazodone", "agomelatine", "vortioxetine",
                     "reboxetine", "moclobemide", "phenelzine"), "antidepressant"),
    **dict.fromkeys(("carbamazepine", "oxcarbazepine", "lamotrigine", "topiramate", "vigabatrin", "valproate",
                     "phenytoin", "levetiracetam", "ethosuximide", "zonisamide"), "epilepsy"),
    **dict.fromkeys(("natamycin", "nystatin", "amphotericin"), "antifungal"),
    **dict.fromkeys(("ibuprofen", "naproxen", "diclofenac", "indomethacin", "indometacin", "ketoprofen",
                     "celecoxib", "parecoxib", "etoricoxib", "paracetamol"), "painkiller"),
    # named like antibiotics, but cancer medicines or medicines that calm the body's defences
    **dict.fromkeys(("mitomycin", "bleomycin", "dactinomycin", "actinomycin", "daunomycin", "doxorubicin",
                     "adriamycin", "anthracycline", "anthracyclines"), "cancer"),
    **dict.fromkeys(("rapamycin", "tofacitinib", "baricitinib", "upadacitinib", "nimodipine"), ""),
    # "-mycin" also names cancer medicines and substances studied in the laboratory: only these are antibiotics
    **dict.fromkeys(("azithromycin", "erythromycin", "clarithromycin", "streptomycin", "gentamicin", "tobramycin",
                     "vancomycin", "clindamycin", "neomycin", "amikacin", "kanamycin", "rifampicin", "fosfomycin"),
                    "antibiotic"),
})
# Endings that say a medicine's kind (the WHO's stems), tried after the names above.
KIND_ENDINGS: tuple[tuple[str, str], ...] = (
    ("cillin", "antibiotic"), ("floxacin", "antibiotic"),
    ("cycline", "antibiotic"), ("penem", "antibiotic"), ("conazole", "antifungal"), ("fungin", "antifungal"),
    ("vir", "antiviral"), ("vudine", "antiviral"), ("profen", "painkiller"), ("coxib", "painkiller"),
    ("vastatin", "statin"), ("prazole", "acid"), ("sartan", "blood pressure"), ("pril", "blood pressure"),
    ("olol", "blood pressure"), ("dipine", "blood pressure"), ("triptan", "migraine"), ("setron", "sickness"),
    ("azepam", "calming"), ("azolam", "calming"), ("tinib", "cancer"), ("parib", "cancer"), ("ciclib", "cancer"),
    ("platin", "cancer"), ("taxel", "cancer"), ("rubicin", "cancer"), ("tecan", "cancer"), ("xaban", "blood thinner"),
    ("gatran", "blood thinner"), ("gliflozin", "diabetes"), ("gliptin", "diabetes"), ("sone", "steroid"),
    ("olone", "steroid"),
)

