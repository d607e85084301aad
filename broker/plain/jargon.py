"""Short plain explanations for medical words and abbreviations a summary may have to keep.

Reviewers read the summary on its own, without the site's "Words explained" box, so a
word that matters must be explained in the text: "phacoemulsification (removing a
cloudy lens with sound waves)". Each explanation here is a few everyday words that say
what a thing is, never what it does for anyone, so it adds no claim. An abbreviation
with more than one meaning carries the words that must stand in the source for this
meaning to fit ("PD" is Parkinson's disease only beside "Parkinson"). Read-only tables.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from types import MappingProxyType

from broker.plain.text import split_sentences
from broker.plain.words import trie_pattern

MOST_EXPLAINED = 3  # more explanations than this crowd out the finding itself

# Abbreviation -> (its plain meaning, words one of which must be in the source; empty means always).
ABBREVIATIONS: Mapping[str, tuple[str, tuple[str, ...]]] = MappingProxyType({
    "ACE": ("a kind of blood pressure medicine", ("inhibitor",)),
    "ADHD": ("attention deficit hyperactivity disorder", ()),
    "AF": ("atrial fibrillation, an irregular heartbeat", ("atrial", "stroke", "anticoag", "heart", "warfarin")),
    "AIDS": ("the late stage of HIV infection", ()),
    "AKI": ("sudden kidney damage", ()),
    "AMD": ("age-related macular degeneration, an eye disease", ("macular", "eye", "vision", "retina")),
    "ART": ("medicines that keep HIV under control", ("hiv", "antiretroviral")),
    "ARV": ("medicines that keep HIV under control", ("hiv",)),
    "ASD": ("autism", ("autis",)),
    "BMI": ("a measure of weight for height", ()),
    "BPPV": ("a common kind of dizziness brought on by moving the head", ()),
    "BP": ("blood pressure", ("blood pressure", "hypertension", "mmhg")),
    "BPD": ("a long-term lung condition in babies born early", ("preterm", "infant", "neonat", "ventilat")),
    "BSC": ("best supportive care", ("supportive",)),
    "CABG": ("heart bypass surgery", ()),
    "cART": ("medicines that keep HIV under control", ("hiv",)),
    "CBT": ("cognitive behavioural therapy, a talking therapy", ()),
    "CHD": ("coronary heart disease", ("heart", "coronary")),
    "CHF": ("heart failure", ()),
    "CKD": ("long-term kidney disease", ()),
    "CLD": ("long-term lung disease", ("lung", "preterm", "infant", "neonat", "oxygen")),
    "COPD": ("a long-term lung disease that makes breathing hard", ()),
    "CP": ("cerebral palsy", ("cerebral palsy", "spastic")),
    "CT": ("a kind of X-ray scan", ("scan", "tomograph", "imaging", "radiolog", "x-ray", "computed")),
    "CPAP": ("a machine that gently pushes air into the lungs", ()),
    "CVD": ("heart and blood vessel disease", ("cardiovascular", "heart", "cholesterol", "blood pressure")),
    "CVI": ("long-term vein disease in the legs", ("venous", "vein", "leg")),
    "DKD": ("kidney disease caused by diabetes", ()),
    "DVT": ("a blood clot in a deep vein", ()),
    "ECT": ("electroconvulsive therapy", ("electroconvulsive", "depression")),
    "ED": ("the emergency department", ("emergency",)),
    "ECG": ("a test of the heart's rhythm", ()),
    "EEG": ("a test of brain activity", ()),
    "FEV1": ("a test of how much air you can breathe out in one second", ()),
    "FOBT": ("a test for hidden blood in poo", ()),
    "GDM": ("diabetes in pregnancy", ()),
    "GORD": ("acid reflux", ()),
    "GERD": ("acid reflux", ()),
    "HbA1c": ("a blood test of average blood sugar", ()),
    "HDL": ("the 'good' cholesterol", ()),
    "HDU": ("a high dependency hospital unit", ()),
    "HPV": ("human papillomavirus", ()),
    "HRT": ("hormone replacement therapy", ()),
    "IBD": ("inflammatory bowel disease", ()),
    "IBS": ("irritable bowel syndrome", ()),
    "ICH": ("bleeding in the brain", ("haemorrhage", "hemorrhage", "bleed", "stroke")),
    "ICU": ("intensive care", ()),
    "ICSI": ("a kind of IVF", ()),
    "IM": ("into a muscle", ("intramuscular", "injection")),
    "IOL": ("an artificial lens put in the eye", ("lens", "cataract", "eye")),
    "IPC": ("a sleeve that inflates to squeeze the leg", ("pneumatic", "compression")),
    "IUD": ("a coil for contraception", ("contracept", "intrauterine")),
    "IV": ("into a vein", ("intravenous", "infusion", "injection", "drip")),
    "IVF": ("in vitro fertilisation", ()),
    "LBP": ("low back pain", ()),
    "LDL": ("the 'bad' cholesterol", ()),
    "MDD": ("major depression", ()),
    "MI": ("a heart attack", ("heart", "myocardial", "coronary", "cardiac")),
    "MRI": ("a kind of body scan", ()),
    "MS": ("multiple sclerosis", ("sclerosis", "relapsing", "interferon beta")),
    "MTX": ("methotrexate, a medicine", ()),
    "NEC": ("a serious bowel illness in newborn babies", ("enterocolitis", "preterm", "infant", "neonat")),
    "NICU": ("a neonatal intensive care unit", ()),
    "NRT": ("nicotine replacement therapy", ()),
    "NSAID": ("an anti-inflammatory painkiller such as ibuprofen", ()),
    "OA": ("osteoarthritis", ("osteoarthritis", "knee", "hip", "joint")),
    "OCD": ("obsessive-compulsive disorder", ()),
    "PCI": ("a procedure to widen heart arteries", ("coronary", "stent", "angioplasty", "heart")),
    "PCOS": ("polycystic ovary syndrome", ()),
    "PD": ("Parkinson's disease", ("parkinson",)),
    "PE": ("a blood clot in the lung", ("embolism", "thrombo", "clot")),
    "PEFR": ("a test of how fast you can breathe out", ()),
    "PPH": ("heavy bleeding after giving birth", ("birth", "postpartum", "delivery", "labour", "caesarean")),
    "PrEP": ("medicine taken to prevent HIV", ()),
    "PTSD": ("post-traumatic stress disorder", ()),
    "QoL": ("quality of life", ()),
    "RA": ("rheumatoid arthritis", ("rheumatoid", "arthritis", "joint")),
    "RDS": ("breathing problems in babies born early", ("respiratory distress", "preterm", "surfactant")),
    "ROP": ("an eye disease of babies born early", ("retinopathy", "preterm")),
    "RRMS": ("relapsing multiple sclerosis", ()),
    "SAH": ("bleeding around the brain", ("subarachnoid", "aneurysm", "haemorrhage", "hemorrhage")),
    "SSRI": ("a common kind of antidepressant", ()),
    "STI": ("a sexually transmitted infection", ()),
    "T1DM": ("type 1 diabetes", ()),
    "T2DM": ("type 2 diabetes", ()),
    "TB": ("tuberculosis", ()),
    "TBI": ("a brain injury", ("brain", "head", "injur", "trauma")),
    "TD": ("tardive dyskinesia, uncontrolled movements caused by some medicines", ("dyskinesia", "antipsychotic")),
    "TENS": ("a small device that sends mild electric pulses through the skin", ()),
    "TIA": ("a mini-stroke", ()),
    "TIVA": ("anaesthesia given only into a vein", ()),
    "TXA": ("tranexamic acid, a medicine that reduces bleeding", ("tranexamic", "bleed")),
    "UTI": ("a urine infection", ()),
    "VTE": ("blood clots in the veins", ()),
})

# Medical or research word -> what it is, in a few everyday words.
GLOSSES: Mapping[str, str] = MappingProxyType({
    # research words
    "meta-analysis": "adding together the results of several studies",
    "meta-analyses": "adding together the results of several studies",
    "placebo": "a dummy treatment",
    "placebo-controlled": "compared with a dummy treatment",
    "sham": "pretend",
    "non-inferiority": "no worse than another treatment",
    "heterogeneity": "differences between the studies",
    "cohort studies": "studies that follow groups of people over time",
    "observational studies": "studies that watch people without giving a treatment",
    "quasi-randomised": "put into groups in a way that was not strictly by chance",
    "surrogate outcomes": "measures that stand in for health itself",
    # how treatments are given
    "intravenous": "given into a vein",
    "intravenously": "into a vein",
    "intramuscular": "given into a muscle",
    "subcutaneous": "given under the skin",
    "topical": "put on the skin or sore area",
    "intrarectal": "given into the back passage",
    "intranasal": "given into the nose",
    "enteral": "through the gut or a feeding tube",
    "parenteral": "by drip into a vein",
    "monotherapy": "one medicine on its own",
    "adjunct": "an add-on",
    "regimen": "a treatment plan",
    "regimens": "treatment plans",
    "gavage": "tube feeding",
    "nebulised": "breathed in as a mist",
    # kinds of medicine
    "antipsychotic": "used to treat psychosis",
    "antipsychotics": "medicines for psychosis",
    "anticoagulants": "medicines that stop blood clotting",
    "anticoagulant": "a medicine that stops blood clotting",
    "anticoagulation": "medicine that stops blood clotting",
    "antiplatelet": "blood-thinning",
    "corticosteroids": "steroid medicines",
    "glucocorticoids": "steroid medicines",
    "benzodiazepines": "sedative medicines",
    "benzodiazepine": "a sedative medicine",
    "opioids": "strong painkillers",
    "opioid": "a strong painkiller",
    "antiepileptic": "used to treat epilepsy",
    "anticonvulsants": "medicines for seizures",
    "antiretroviral": "used to treat HIV",
    "antihistamines": "allergy medicines",
    "bronchodilators": "medicines that open the airways",
    "statins": "cholesterol-lowering medicines",
    "diuretics": "water tablets",
    "probiotics": "helpful live bacteria",
    "immunoglobulin": "antibodies from donated blood",
    "monoclonal antibodies": "lab-made antibody medicines",
    "immunotherapy": "treatment using the immune system",
    # procedures
    "phacoemulsification": "removing a cloudy lens with sound waves",
    "extracapsular": "a kind of cataract surgery done through a larger cut",
    "vitrectomy": "surgery on the gel inside the eye",
    "laparoscopy": "keyhole surgery",
    "laparoscopic": "done by keyhole surgery",
    "laparotomy": "open surgery on the belly",
    "colonoscopy": "a camera test of the bowel",
    "sigmoidoscopy": "a camera test of the lower bowel",
    "endoscopy": "a camera test inside the body",
    "endoscopic": "done with a camera inside the body",
    "catheter": "a thin tube",
    "catheters": "thin tubes",
    "catheterisation": "putting in a thin tube",
    "stent": "a small tube that holds a passage open",
    "stenting": "putting in a small tube to hold a passage open",
    "angioplasty": "widening an artery with a balloon",
    "arthroplasty": "joint replacement",
    "hysterectomy": "removal of the womb",
    "mastectomy": "removal of the breast",
    "tonsillectomy": "removal of the tonsils",
    "adenotonsillectomy": "removal of the tonsils and adenoids",
    "caesarean section": "birth by an operation",
    "cerclage": "a stitch to keep the cervix closed",
    "episiotomy": "a cut to widen the birth opening",
    "debridement": "cleaning dead tissue from a wound",
    "intubation": "putting a breathing tube in the windpipe",
    "tracheostomy": "a breathing tube through the neck",
    "mechanical ventilation": "a breathing machine",
    "dialysis": "cleaning the blood by machine",
    "haemodialysis": "cleaning the blood by machine",
    "peritoneal dialysis": "cleaning the blood through the belly lining",
    "transfusion": "giving donated blood",
    "cytoreduction": "surgery to remove as much cancer as possible",
    "revascularisation": "restoring blood flow",
    # conditions and body terms
    "extrapyramidal": "causing stiffness, shaking or restlessness",
    "tardive dyskinesia": "uncontrolled movements caused by some medicines",
    "dyskinesia": "uncontrolled movements",
    "dyskinesias": "uncontrolled movements",
    "akathisia": "a feeling of restlessness",
    "claudication": "leg pain on walking",
    "angina": "chest pain from the heart",
    "angina pectoris": "chest pain from the heart",
    "atrial fibrillation": "an irregular heartbeat",
    "arrhythmias": "irregular heartbeats",
    "heart failure": "when the heart does not pump well",
    "ischaemic stroke": "a stroke caused by a clot",
    "haematoma": "a collection of blood under the skin",
    "haematomas": "collections of blood under the skin",
    "sepsis": "a life-threatening reaction to infection",
    "neutropenia": "low white blood cells",
    "anaemia": "too few red blood cells",
    "hypotension": "low blood pressure",
    "thromboembolic": "caused by blood clots",
    "thromboembolism": "blood clots",
    "deep vein thrombosis": "a blood clot in a deep vein",
    "pulmonary embolism": "a blood clot in the lung",
    "cirrhosis": "scarring of the liver",
    "hepatic encephalopathy": "confusion caused by liver disease",
    "ulcerative colitis": "a long-term bowel disease",
    "crohn's disease": "a long-term bowel disease",
    "bronchiectasis": "a long-term lung condition",
    "bronchiolitis": "a chest infection in babies",
    "bronchopulmonary dysplasia": "a long-term lung condition in babies born early",
    "cystic fibrosis": "an inherited illness that affects the lungs",
    "otitis media": "a middle ear infection",
    "pre-eclampsia": "high blood pressure in pregnancy",
    "preterm": "born early",
    "endometriosis": "a painful condition of the womb lining",
    "fibroids": "growths in the womb",
    "osteoarthritis": "wear-and-tear arthritis",
    "rheumatoid arthritis": "an inflammatory joint disease",
    "osteoporosis": "thin, weak bones",
    "fibromyalgia": "long-term pain all over the body",
    "neuropathic pain": "pain caused by nerve damage",
    "multiple sclerosis": "a disease of the brain and nerves",
    "schizophrenia": "a serious mental illness",
    "psychosis": "losing touch with reality",
    "delirium": "sudden confusion",
    "cerebral palsy": "a condition affecting movement",
    "macular degeneration": "an eye disease that damages central sight",
    "macular hole": "a small hole at the centre of the retina",
    "glaucoma": "an eye disease that damages the optic nerve",
    "retinopathy": "damage to the back of the eye",
    "nephrotic syndrome": "a kidney condition",
    "proteinuria": "protein in the urine",
    "hepatitis": "liver inflammation",
    "necrotising enterocolitis": "a serious bowel illness in newborn babies",
    "lymphoedema": "long-term swelling",
    "psoriasis": "a skin condition with scaly patches",
    "atopic eczema": "an itchy skin condition",
    "cellulitis": "a skin infection",
    "leg ulcers": "open sores on the leg",
    "venous leg ulcers": "open sores on the leg",
    "pressure ulcers": "bed sores",
    "malignant melanoma": "a skin cancer",
    "melanoma": "a skin cancer",
    "leukaemia": "a blood cancer",
    "lymphoma": "a cancer of the lymph glands",
    "metastatic": "spread to other parts of the body",
    "remission": "a time without symptoms",
    "relapse": "return of the illness",
    "perinatal": "around the time of birth",
    "cognition": "memory and thinking",
})

# Abbreviations every reader knows.
EVERYDAY = frozenset(["UK", "US", "USA", "NHS", "HIV", "GP", "GPs", "DNA", "UV", "IQ", "TV", "COVID", "EU", "WHO",
                      "II", "III", "IV", "OK"])
_CAPITALS = re.compile(r"(?<![\w-])(?:\d*[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*|[a-z]+[A-Z][A-Za-z0-9]*)(?![\w-])")
_ABBR = re.compile(r"(?<![\w-])(" + trie_pattern(ABBREVIATIONS) + r")(s?)(?![\w-])")
_TERM = re.compile(r"(?<![\w-])(?:" + trie_pattern(GLOSSES) + r")(?![\w-])")


def explain(texts: Sequence[str], source: str, most: int = MOST_EXPLAINED) -> list[str]:
    """The texts with the first use of each hard word or abbreviation explained just after its sentence.

    "Phacoemulsification gave the best sight." is followed by "Phacoemulsification
    means removing a cloudy lens with sound waves.": a short sentence of its own reads
    more easily than a bracket inside a long one. An abbreviation is explained only
    where its meaning fits the source (``source`` in lower case); a word the source
    already explains in a bracket is left alone; at most ``most`` explanations are added
    across all the texts, the earliest first.
    """
    done: set[str] = set()
    out: list[str] = []
    left = most
    for text in texts:
        if left <= 0 or not text or not (_TERM.search(text.lower()) or _ABBR.search(text)):
            out.append(text)
            continue
        said: list[str] = []
        for sentence in split_sentences(text):
            said.append(sentence)
            for word, meaning, key in _hard_words(sentence, source):
                if left > 0 and key not in done and meaning not in done:
                    said.append(f"{word[:1].upper()}{word[1:]} means {meaning}.")
                    done.update((key, meaning))
                    left -= 1
        out.append(" ".join(said))
    return out


def _hard_words(sentence: str, source: str) -> list[tuple[str, str, str]]:
    """(word as written, its meaning, its key) for each hard word in a sentence, in order."""
    hits: list[tuple[int, str, str, str]] = []
    if any(c.isupper() for c in sentence):
        for m in _ABBR.finditer(sentence):
            meaning, context = ABBREVIATIONS[m.group(1)]
            if not context or any(c in source for c in context):
                hits.append((m.start(), m.group(1), meaning, m.group(1)))
    for m in _TERM.finditer(sentence.lower()):
        hits.append((m.start(), sentence[m.start():m.end()], GLOSSES[m.group(0)], m.group(0)))
    # A word the source explains in a bracket of its own, or one inside a bracket, is left alone.
    return [(word, meaning, key) for start, word, meaning, key in sorted(hits)
            if sentence[start + len(word):start + len(word) + 2] != " ("
            and sentence.count("(", 0, start) <= sentence.count(")", 0, start)]


def unexplained(text: str, source: str) -> set[str]:
    """Abbreviations in the text that a reader cannot know: not everyday, and not one this module explains."""
    out = set()
    for m in _CAPITALS.finditer(text):
        word = m.group(0)
        key = word[:-1] if word.endswith("s") and word[:-1] in ABBREVIATIONS else word
        if key in EVERYDAY or (key in ABBREVIATIONS and (not ABBREVIATIONS[key][1] or any(
                c in source for c in ABBREVIATIONS[key][1]))):
            continue
        out.add(word)
    return out
