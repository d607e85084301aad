"""Word lists for the plain-language code: hard words and their everyday swaps, and a trie-regex builder.

Kept apart from the code so curators and reviewers can read and argue about the
words without wading through patterns. All tables are read-only.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from ..trie import trie_pattern  # noqa: F401  (the glossary and word lists use it)

# Hard word or phrase -> everyday word. Kept modest: a plain word the source does not use
# is still a new word to a reader checking the summary against the abstract. An empty
# swap drops a word that adds length but no meaning for a lay reader.
SWAPS: Mapping[str, str] = MappingProxyType({
    # people
    "participants": "people", "individuals": "people", "subjects": "people",
    "elderly": "older", "physicians": "doctors", "physician": "doctor",
    "neonates": "newborn babies", "neonatal": "newborn", "infants": "babies", "infant": "baby",
    "paediatric": "children's", "pediatric": "children's",
    # health words with a common everyday name
    "adverse events": "side effects", "adverse effects": "side effects",
    "adverse event": "side effect", "adverse effect": "side effect",
    "mortality rates": "death rates", "mortality rate": "death rate", "mortality": "death rate",
    "all-cause mortality": "death from any cause", "morbidity": "illness",
    "haemorrhage": "bleeding", "hemorrhage": "bleeding", "myocardial infarction": "heart attack",
    "hypertension": "high blood pressure", "analgesia": "pain relief",
    # a German sharp s or a Greek beta for "beta": spelled out, so the word can be explained (capitalised at the
    # start of an explanation, "ß" would read "SS")
    **{f"{b}{n}-agonist{s}": f"beta{n}-agonist{s}" for b in ("ß", "\u03b2") for n in ("", "2") for s in ("", "s")},
    # "less analgesia" means fewer painkillers taken, not less relief from pain (CD000006.pub2)
    "less analgesia": "less use of painkillers", "more analgesia": "more use of painkillers",
    "need for analgesia": "need for painkillers", "use of analgesia": "use of painkillers",
    "postoperative": "after surgery", "post-operative": "after surgery",
    "at post-treatment": "after treatment", "post-treatment": "after treatment",
    "preoperative": "before surgery", "pre-operative": "before surgery",
    "pharmacological": "drug", "non-pharmacological": "non-drug", "incidence": "rate",
    # research words
    "statistically significant": "clear", "statistical significant": "clear", "statistically significantly": "clearly",
    "significantly": "clearly", "non-significant": "unclear", "nonsignificant": "unclear",
    "not significant": "not clear", "no significant": "no clear", "significant": "clear",
    "efficacy": "benefit", "effectiveness": "benefit", "inconclusive": "unclear",
    "the inclusion criteria": "our criteria", "our inclusion criteria": "our criteria",
    "eligible studies": "suitable studies", "eligible trials": "suitable trials",
    "eligible rcts": "suitable trials",
    "primary outcome": "main outcome", "primary outcomes": "main outcomes",
    "secondary outcome": "other outcome", "secondary outcomes": "other outcomes",
    "methodological quality": "quality", "methodological limitations": "limitations",
    "methodological issues": "issues with methods", "methodologically sound": "sound",
    "methodologically rigorous": "rigorous", "clinically important": "important",
    "clinically relevant": "relevant", "clinically meaningful": "meaningful",
    "interpreted with caution": "treated with care", "with caution": "with care",
    "is warranted": "is needed", "are warranted": "are needed", "warranted": "needed",
    "remains unclear": "is still unclear",
    # verbs
    "administered": "given", "the administration of": "giving", "administration of": "use of", "utilisation": "use",
    "utilization": "use", "utilise": "use", "utilize": "use", "utilised": "used", "utilized": "used",
    "utilising": "using", "utilizing": "using", "demonstrated": "showed", "demonstrate": "show",
    "demonstrates": "shows", "demonstrating": "showing", "be demonstrated": "be shown",
    "been demonstrated": "been shown", "was demonstrated": "was shown", "as demonstrated": "as shown",
    "were demonstrated": "were shown", "is demonstrated": "is shown",
    "has demonstrated": "has shown", "have demonstrated": "have shown",
    "had demonstrated": "had shown", "has showed": "has shown", "have showed": "have shown",
    "commence": "start", "commenced": "started", "obtain": "get", "require": "need",
    "requires": "needs", "required": "needed", "requiring": "needing", "modify": "change",
    "modified": "changed", "facilitate": "help", "investigated": "studied", "investigate": "study",
    "investigating": "studying", "examined": "looked at", "examining": "looking at",
    # before a noun "examined" describes it, and "the looked at TCHP" is not English: "the studied TCHP"
    "the examined": "the studied", "other examined": "other studied", "these examined": "these studied",
    "those examined": "those studied",
    "indicate": "suggest", "indicates": "suggests", "indicated": "suggested",
    "is associated with": "is linked to", "are associated with": "are linked to",
    "was associated with": "was linked to", "were associated with": "were linked to",
    "identified": "found", "identify": "find", "evaluated": "tested", "evaluate": "test",
    # "We did identify a RCT comparing MTX with cisplatin": the "did" sets it against something said before
    "did identify": "found", "did find": "found", "did include": "included",
    # "It would therefore be unwise to offer firm conclusions": told alone, "therefore" points at a reason unsaid
    "would therefore be": "would be", "it is therefore": "it is",
    "take a pragmatic decision": "make a practical decision",
    "overweigh": "outweigh", "overweighs": "outweighs",  # a slip for "outweigh" in some abstracts
    "evaluating": "testing", "assessed": "checked", "ascertain": "find out",
    "determine": "find out",
    "undertaken": "done",
    # linking words and padding
    "in comparison with": "compared with", "in comparison to": "compared with",
    "versus": "compared with", "vs.": "compared with", "vs": "compared with", "involving": "with",
    "approximately": "about", "additionally": "also", "nevertheless": "still",
    "nonetheless": "still", "consequently": "so", "subsequently": "later", "subsequent": "later",
    "therefore": "", "thus": "", "hence": "", "however": "", "furthermore": "also",
    "moreover": "also", "in addition to": "as well as", "in addition": "also", "a total of": "", "the use of": "using",
    "prior to": "before", "in order to": "to", "the majority of the": "most of the",
    "the majority of those": "most of those", "the majority of": "most", "a majority of": "most",
    "in terms of": "for", "with regard to": "for", "with respect to": "for", "in relation to": "for",
    "regarding": "about", "concerning": "about",
    # "These safety signals are concerning": worrying, not "about"
    "is concerning": "is worrying", "are concerning": "are worrying", "was concerning": "was worrying",
    "were concerning": "were worrying", "owing to": "because of",
    "due to the fact that": "because", "paucity": "lack",
    # describing words
    "sufficient": "enough", "of insufficient quality": "of too poor quality", "insufficient quality": "poor quality",
    "insufficient": "not enough", "the insufficient": "the lack of", "numerous": "many",
    "beneficial": "helpful", "detrimental": "harmful", "additional": "extra", "an additional": "another",
    "assistance": "help",
    "inadequate": "not enough", "inadequately": "not well",
    # "small, largely inadequate studies" are poorly done, not too few
    "inadequate studies": "poor studies", "inadequate trials": "poor trials",
    "robust": "strong", "substantial care": "a lot of care",
    "substantial": "large",
    "frequently": "often",
    "currently": "", "initial": "first", "initially": "at first", "optimal": "best",
    "magnitude": "size", "a reduction in": "a fall in", "a reduction of": "a fall of",
    "reduction in": "fall in", "duration": "length", "durations": "lengths", "adequately": "well",
    "superior to": "better than", "inferior to": "worse than", "the remaining": "the other",
    # common in conclusions, and longer than they need to be
    # "randomised" is research jargon a reader stops at (53 of 411 entries kept it): a trial is a fair test already,
    # and "How sure we can be" says how good the trials were
    "randomised controlled trials": "trials", "randomized controlled trials": "trials",
    "randomised controlled trial": "trial", "randomized controlled trial": "trial",
    **{f"randomi{z}ed {w}": w.removeprefix("controlled ") for z in "sz" for w in (
        "trials", "trial", "studies", "study", "trial evidence", "trial-based", "controlled study",
        "controlled studies")},
    **{f"randomi{z}ed {w}evidence": "evidence from trials" for z in "sz" for w in ("", "controlled ")},
    "the currently available evidence": "the evidence so far", "currently available": "available",
    "the available evidence": "the evidence so far", "available evidence": "evidence so far",
    "medication": "medicine", "medications": "medicines", "undergoing": "having", "receiving": "getting",
    "the initiation of": "starting", "initiation of": "starting", "smoking cessation": "quitting smoking",
    "intramuscular (i.m.)": "intramuscular", "intravenous (i.v.)": "intravenous",
    "improving sucking cessation": "helping stop sucking", "sucking cessation": "stopping sucking",
    "antipsychotic cessation": "stopping antipsychotics",
    "cessation": "stopping", "exacerbations": "flare-ups", "exacerbation": "flare-up", "pulmonary": "lung",
    "respiratory": "breathing", "the proportion of": "the share of", "a proportion of": "some of",
    "adjunctive": "added", "recommendations": "advice", "generally": "mostly", "particularly": "especially",
    "prophylactic": "preventive", "prophylaxis": "prevention", "concomitant": "at the same time",
    "is recommended": "is advised", "are recommended": "are advised", "perioperative": "around the time of surgery",
    "intraoperative": "during surgery", "antenatal": "before birth", "postnatal": "after birth",
    "postpartum haemorrhage": "heavy bleeding after giving birth",
    "postpartum hemorrhage": "heavy bleeding after giving birth", "postpartum": "after giving birth",
    "paediatric patients": "children", "pediatric patients": "children",
    "in the treatment of": "for treating", "for the treatment of": "for treating", "in the management of": "for",
    "for the management of": "for", "beneficial effects": "benefits",
    # medical words with an exact everyday name
    "emesis": "vomiting", "pruritus": "itching", "dyspnoea": "breathlessness", "oedema": "swelling",
    "alopecia": "hair loss", "analgesics": "painkillers", "analgesic": "painkiller", "dental caries": "tooth decay",
    "caries": "tooth decay", "xerostomia": "dry mouth", "hypoglycaemia": "low blood sugar",
    "hyperglycaemia": "high blood sugar", "dysmenorrhoea": "period pain", "menorrhagia": "heavy periods",
    "hyperbilirubinaemia": "jaundice", "periodontitis": "gum disease", "colorectal cancer": "bowel cancer",
    "dyspepsia": "indigestion", "dysphagia": "swallowing problems",
    "dyspareunia": "pain during sex", "photophobia": "sensitivity to light", "phonophobia": "sensitivity to sound",
    "nausea and vomiting": "feeling sick and being sick", "nausea": "feeling sick",
    "hypersalivation": "drooling", "neuroleptics": "antipsychotics", "neuroleptic": "antipsychotic",
    "induced by": "caused by", "labour induced by": "labour started with", "labor induced by": "labour started with",
    # names a word swap would break: the pressure of "ocular hypertension" is not blood pressure, the pulmonary valve
    # is in the heart, a "modified Rankin" score is a named scale
    "ocular hypertension": "raised pressure inside the eye",
    "intracranial hypertension": "raised pressure inside the skull",
    "pulmonary valve": "pulmonary valve", "pulmonary stenosis": "pulmonary stenosis",
    "pulmonary oedema": "fluid on the lungs", "pulmonary edema": "fluid on the lungs",
    "chronic lymphocytic leukaemia": "chronic lymphocytic leukaemia",
    "respiratory syncytial virus": "respiratory syncytial virus",
    "membrane oxygenation": "membrane oxygenation", "hyperbaric oxygenation": "hyperbaric oxygen treatment",
    "clinically indicated": "medically needed", "is indicated": "is needed", "are indicated": "are needed",
    "when indicated": "when needed", "where indicated": "where needed",
    "a significant proportion": "a large share", "a significant number": "a large number",
    "inadequate allocation concealment": "poor allocation concealment", "inadequate blinding": "poor blinding",
    "inadequate methods": "poor methods", "inadequate reporting": "poor reporting",
    "somnolence": "sleepiness", "pyrexia": "fever", "pharyngitis": "sore throat", "gastrointestinal": "stomach and gut",
    "renal": "kidney", "hepatic": "liver", "ocular": "eye", "cutaneous": "skin", "efficacious": "effective",
    "asymptomatic": "symptom-free",  # also before a noun: "symptom-free newborn babies"
    "caesareans": "caesarean births",
    # "no clear findings to support or refute X" is "no clear findings for or against X"
    "to support or refute": "for or against", "support or refute": "support or rule out", "refute": "rule out",
    "definitive": "firm",
    # "definitive chemoradiotherapy" is treatment meant to cure, not "firm" treatment
    "definitive chemoradiotherapy": "definitive chemoradiotherapy",
    "definitive radiotherapy": "definitive radiotherapy", "definitive surgery": "definitive surgery",
    "definitive treatment": "definitive treatment",
    "rcts": "trials", "rct": "trial",
    "clinically significant": "important", "clinically beneficial": "helpful", "clinically useful": "useful",
    "usage": "use", "the perception that": "the belief that", "the hypothesis": "the idea", "hypothesis": "idea",
    "unopposed oestrogen": "oestrogen alone",
    "unopposed estrogen": "estrogen alone",
})

# "or" phrases that can be said without "or".
OR_SWAPS: Mapping[str, str] = MappingProxyType({
    "with or without": "with and without", "whether or not": "whether", "and/or": "or",
    "one or more": "at least one", "two or more": "at least two", "either": "",
})
# "either" goes only where an "or" follows it ("either A or B"); "in either direction" and "either group" keep it.
EITHER_WITHOUT_OR = r"either(?![^,;.]{0,80}\bor\b)"

# Words that, at the start of a clause cut off from its sentence, become these.
CONNECTORS: Mapping[str, str] = MappingProxyType({
    "and": "", "but": "but", "whereas": "but", "although": "but", "though": "but",
    "however": "but", "while": "but", "so": "so", "which": "this", "suggesting": "this suggests",
})

# People a study can count; "4 trials (171 women)" becomes "4 trials with 171 women".
GROUPS = ("participants", "patients", "people", "women", "men", "children", "infants", "babies",
          "adults", "individuals", "neonates", "newborns", "subjects", "mothers", "pregnancies",
          "families", "carers", "students", "adolescents", "couples", "residents", "workers", "eyes",
          "teeth", "smokers", "volunteers", "pairs", "veterans", "girls", "boys", "clients", "users", "donors",
          "caregivers")

# Swapped in the last pass over an entry's chosen sentences (``clearer``), not in ``simplify``: the code
# that chooses sentences still looks for some of these words as the source wrote them.
FINAL_SWAPS: Mapping[str, str] = MappingProxyType({
    "control group": "comparison group", "control groups": "comparison groups", "participants": "people",
    "trialists": "researchers", "in clinical practice": "in everyday care", "clinical practice": "everyday care",
    "global state": "overall state", "global clinical state": "overall clinical state",
    "the present systematic review": "this review", "this systematic review": "this review",
    "the present review": "this review", "global improvement": "overall improvement",
    "global impression": "overall impression", "global functioning": "overall functioning",
    "regimen": "treatment plan", "regimens": "treatment plans", "dosing regimen": "dosing plan",
    "dosing regimens": "dosing plans", "as an adjunct to": "as an add-on to", "an adjunct to": "an add-on to",
    "toxicity": "harm", "toxicities": "harms", "toxic effects": "harmful effects",
    "serum": "blood", "plasma levels": "blood levels", "mean arterial pressure": "average blood pressure",
    "upper extremity": "arm", "upper extremities": "arms", "lower extremity": "leg", "lower extremities": "legs",
    "upper limb": "arm", "upper limbs": "arms", "lower limb": "leg", "lower limbs": "legs",
    "healthy controls": "healthy people", "compared to controls": "compared with the comparison group",
    "compared with controls": "compared with the comparison group", "arterial oxygenation": "blood oxygen levels",
    "heterogeneous": "differing", "hypotension": "low blood pressure",
    "no enough": "not enough",  # "There is no enough evidence to determine …": a slip in the source
    "hypotensive events": "episodes of low blood pressure", "hypotensive episodes": "episodes of low blood pressure",
    "hypoxaemia": "low oxygen in the blood", "hypoxemia": "low oxygen in the blood",
    "neuropathy": "nerve damage", "polyneuropathy": "nerve damage",
    "malignancy": "cancer", "malignancies": "cancers", "carcinoma": "cancer", "carcinomas": "cancers",
    "antiemetics": "anti-sickness medicines", "antiemetic drugs": "anti-sickness medicines",
    "antiemetic medicines": "anti-sickness medicines",
    "cardiovascular disease": "heart and blood vessel disease",
    "cardiovascular diseases": "heart and blood vessel diseases",
    "cardiovascular events": "heart and blood vessel events",
    "motor function": "movement", "motor impairment": "movement problems",
    "activities of daily living": "everyday activities",
    "treatment regimen": "treatment plan", "treatment regimens": "treatment plans",
    "clinicians": "health professionals", "clinician": "health professional", "elective": "planned",
    "atypical antipsychotics": "newer antipsychotics", "atypical antipsychotic": "newer antipsychotic",
    "antihypertensive drugs": "blood pressure drugs", "anti-hypertensive drugs": "blood pressure drugs",
    "antihypertensive drug": "blood pressure drug", "antihypertensive medicines": "blood pressure medicines",
    "antihypertensive medicine": "blood pressure medicine", "antihypertensive treatment": "blood pressure treatment",
    "transplantation": "transplants", "conventional": "standard", "comparable": "similar",
    "comparable with": "similar to", "comparable to": "similar to",
    "the observed superiority": "the advantage seen", "superiority": "advantage",
    "confer": "give", "confers": "gives", "conferred": "brought", "was conferred": "was given",
    "were conferred": "were given", "albeit": "though", "administer": "give",
    "morbidities": "illnesses", "advantageous": "helpful", "oxygenation": "oxygen levels",
    "oral hypoglycaemic medicines": "tablets that lower blood sugar",
    "oral hypoglycemic medicines": "tablets that lower blood sugar",
    "adverse outcomes": "poor outcomes", "adverse outcome": "poor outcome", "adverse newborn outcomes":
    "poor newborn outcomes", "adverse pregnancy outcomes": "poor pregnancy outcomes", "adverse reactions":
    "bad reactions", "adverse reaction": "bad reaction",
    "sufficiently powered": "large enough", "adequately powered": "large enough", "well powered": "large enough",
    "patient-important outcomes": "outcomes that matter to patients",
    "the odds of": "the chance of", "odds of": "chance of", "the likelihood of": "the chance of",
    "likelihood of": "chance of", "discontinuation of": "stopping", "from baseline": "from the start",
    "at baseline": "at the start", "symptomatic relief": "relief of symptoms", "underpowered": "too small",
    "chronic": "long-term", "chronic obstructive pulmonary disease": "chronic obstructive pulmonary disease",
    "corticosteroids": "steroids", "corticosteroid": "steroid", "glucocorticoids": "steroids",
    "glucocorticoid": "steroid",
    # round 5: research and medical words a lay reader stops at, where an everyday phrase says the same
    "recurrent": "returning", "recurrent laryngeal": "recurrent laryngeal",
    "recurrent miscarriage": "repeated miscarriage", "recurrent miscarriages": "repeated miscarriages",
    "recurrent pregnancy loss": "repeated pregnancy loss",
    "recurrent infections": "repeated infections", "recurrent flare-ups": "repeated flare-ups",
    "recurrent acute flare-ups": "repeated acute flare-ups", "psychosocial": "psychological and social",
    "suboptimal": "less than ideal", "sub-optimal": "less than ideal",
    "positive pressure breathing": "machine-assisted breathing",  # a reader stopped at it (CD004466, 2026-12-01)
    # how sure the authors say the evidence is, in the words "How sure we can be" uses for the same grades
    **dict.fromkeys(("very low quality evidence", "very low-quality evidence", "very low certainty evidence",
                     "very low-certainty evidence"), "very weak evidence"),
    **dict.fromkeys(("low quality evidence", "low-quality evidence", "low certainty evidence",
                     "low-certainty evidence"), "weak evidence"),
    **dict.fromkeys(("moderate quality evidence", "moderate-quality evidence", "moderate certainty evidence",
                     "moderate-certainty evidence"), "fairly strong evidence"),
    **dict.fromkeys(("high quality evidence", "high-quality evidence", "high certainty evidence",
                     "high-certainty evidence"), "strong evidence"),
    "very low to low quality evidence": "very weak to weak evidence",
    "low to moderate quality evidence": "weak to fairly strong evidence",
    "very low to moderate quality evidence": "very weak to fairly strong evidence",
    "moderate-to-high quality evidence": "fairly strong to strong evidence",
    "moderate to high quality evidence": "fairly strong to strong evidence",
    "caregivers": "carers", "caregiver": "carer",
    "no statistical differences": "no clear differences", "no statistical difference": "no clear difference",
    "randomised clinical trials": "trials", "randomised clinical trial": "trial",
    "randomized clinical trials": "trials", "randomized clinical trial": "trial",
    "perinatal death rate": "deaths around the time of birth",
    "perinatal death rates": "deaths around the time of birth", "perinatal deaths": "deaths around the time of birth",
    "perinatal death": "death around the time of birth", "glycaemic control": "blood sugar control",
    "glycemic control": "blood sugar control", "chemotherapeutic": "chemotherapy",
    "comparator group": "comparison group", "comparator groups": "comparison groups",
    "comparator": "comparison treatment", "comparator interventions": "comparison treatments",
    "comparator intervention": "comparison treatment", "hypertensive people": "people with high blood pressure",
    "hypertensive patients": "patients with high blood pressure",
    "normotensive people": "people with normal blood pressure",
    "normotensive patients": "patients with normal blood pressure",
    "hypoglycaemic episodes": "episodes of low blood sugar", "hypoglycemic episodes": "episodes of low blood sugar",
    "hypoglycaemic events": "episodes of low blood sugar", "intraocular pressure": "pressure inside the eye",
    "otitis media with effusion": "glue ear", "syncope": "fainting",
    "unexplained subfertility": "unexplained difficulty getting pregnant",
    "with subfertility": "with difficulty getting pregnant", "for subfertility": "for difficulty getting pregnant",
    "sputum": "phlegm", "acetaminophen": "paracetamol", "herpes zoster": "shingles",
    "transient": "short-lived", "transient ischaemic": "transient ischaemic",
    "transient ischemic": "transient ischemic",
    "sutures": "stitches", "suture": "stitch", "sutured": "stitched", "suturing": "stitching",
    "amenable to": "suitable for", "nomenclature": "naming",
    "necessitate": "need", "exacerbate": "worsen", "exacerbated": "worsened", "conclusively": "firmly",
    "demonstrable": "clear", "mitigated": "lessened", "prolongation": "lengthening", "instigating": "starting",
    "underscores": "underlines", "extrapolate to": "apply to", "extrapolated to": "applied to", "trialled": "tested",
    "treatment discontinuation": "stopping treatment", "post-operatively": "after surgery",
    "postoperatively": "after surgery",
    "permanent molars": "permanent back teeth", "molars": "back teeth", "chest radiography": "chest X-rays",
    "radiography": "X-ray imaging", "helminths": "parasitic worms", "oocytes": "eggs", "oocyte": "egg",
    "cardiothoracic surgery": "heart and chest surgery", "periodontal disease": "gum disease",
    "periodontal treatment": "gum treatment",
    "haematological cancers": "blood cancers", "haematological malignancies": "blood cancers",
    "tissue adhesives": "skin glues", "tissue adhesive": "skin glue", "cryopreservation": "freezing",
    "amyotrophic lateral sclerosis": "motor neurone disease",
    "antidiabetic medicines": "diabetes medicines", "antidiabetic drugs": "diabetes drugs",
    # round 7: what the sixth blind review's readers stopped at, where an everyday phrase says the same
    "occlusions": "blockages", "catheter patency": "keeping the catheter open", "not powered": "not large enough",
    "weeks' gestation": "weeks of pregnancy", "weeks of gestation": "weeks of pregnancy", "secondary to": "caused by",
    "pre-licensure education": "training before qualifying", "health-worker supply": "the number of health workers",
    # words left unexplained in the most entries of val.jsonl with only one hard word left, where an everyday
    # phrase means exactly the same
    "injectable medicines":
    "medicines given by injection", "incompletely": "not fully", "hyperglycaemic incidents":
    "episodes of high blood sugar", "hyperglycaemic episodes": "episodes of high blood sugar",
    "equivocal": "unclear",
    "ripening of the cervix": "softening of the cervix", "cervical ripening": "softening of the cervix",
    "normothermia": "normal body temperature", "mechanically ventilated": "on a breathing machine",
    "mouthcare": "mouth care",
    "unrepresentative samples": "samples that were not representative",
    "as an abortive treatment for": "as a treatment to stop", "generalisable conclusions": "general conclusions",
    "generalising findings to": "applying findings to", "readmission rates": "rates of going back into hospital",
    "readmission rate": "rate of going back into hospital", "prove or disprove": "prove or rule out",
    "unfortified breast milk": "breast milk with nothing added", "antidepressive benefit": "benefit against depression",
    "given intravenously": "given into a vein", "haematological indices": "blood test results",
    "haemopoietic stem cell": "blood stem cell", "haematopoietic stem cell": "blood stem cell",
    "placental malaria": "malaria in the placenta", "unprovoked blood clots": "blood clots with no clear cause",
    "oropharyngeal culture": "throat swab tests", "antipsychotic-induced sexual dysfunction":
    "sexual dysfunction caused by antipsychotics", "dental extractions": "teeth taken out",
    "exacerbations of asthma": "asthma flare-ups", "eliciting side effects": "finding out about side effects",
    "uncomplicated vaginal birth": "vaginal birth without complications", "urine albumin excretion":
    "albumin in the urine", "expectant group": "wait-and-see group", "locoregional recurrence":
    "cancer coming back in or near the same place", "ventilator-dependent preterm babies":
    "preterm babies who need a breathing machine", "intra-venous": "intravenous",
    "the unobtainable results": "the results that could not be obtained",
    # round 6's failures read beside their sources
    "euthyroid women": "women with normal thyroid function", "outright evidence": "clear evidence",
    "impacted on": "affected", "impacts on": "affects", "treatment refractory": "hard-to-treat",
    "treatment-refractory": "hard-to-treat",
    "illicit substances": "illegal drugs", "illicit drugs": "illegal drugs", "illicit drug": "illegal drug",
    "with disease progression": "whose illness got worse", "disease progression": "the illness getting worse",
    "incarceration": "imprisonment", "hernia incarceration": "the hernia getting trapped",
    "incarcerated hernia": "trapped hernia", "incarcerated hernias": "trapped hernias", "retention in treatment":
    "staying in treatment", "supported or refuted": "supported or ruled out", "diabetic control":
    "blood sugar control", "first-line": "first-choice", "incidences of": "rates of",
    "inhalational medicines": "medicines breathed in as a gas",
    "helpful or adverse": "helpful or harmful", "eclipsed by": "hidden by", "be associated with": "be linked to",
    "been associated with": "been linked to",
    "typical antipsychotics": "older antipsychotics", "typical antipsychotic": "older antipsychotic",
    "progressive resistive": "progressive strength", "pleural tuberculosis": "tuberculosis of the lining of the lungs",
    "immunological function": "immune function", "humidified": "moist", "blood electrolytes": "blood salts",
    "serum electrolytes": "blood salts",
    "central venous pressure": "pressure in the large veins near the heart",
    "because of imprecision": "because of uncertain results", "modalities": "methods",
    "modality": "method", "mortaliity": "death rate", "direct restorative treatments": "fillings",
    "anti-pseudomonal medicine": "medicine against Pseudomonas germs", "levodopa-induced dyskinesias":
    "uncontrolled movements caused by levodopa", "knee orthosis": "knee brace", "knee orthoses": "knee braces",
    "meconium-stained fluid": "fluid stained with the baby's first stool", "dengue-related shock":
    "shock caused by dengue",
    "between-group statistical analyses were not conducted":
    "the groups were not compared with each other using statistics",
    # round 8 of clarity: same meaning, fewer hard words ("sustained to 12 months postradiotherapy")
    "postradiotherapy": "after radiotherapy", "administering": "giving", "irrespective of": "regardless of",
    "global cognition": "overall memory and thinking", "risk-benefit profile": "balance of benefits and harms",
    "oral cavity cancer": "mouth cancer",
    "oral cavity cancers": "mouth cancers",
    "presented narratively": "described in words",
    "extrapolate the same conclusion": "draw the same conclusion",
    "first-generation antipsychotics": "older antipsychotics", "first-generation antipsychotic": "older antipsychotic",
    "second-generation antipsychotics": "newer antipsychotics",
    "second-generation antipsychotic": "newer antipsychotic",
    # round 9 of clarity: the academic phrases the found part keeps from the authors' sentences, where a plain
    # phrase says exactly the same ("based on one, small, single-centre study", "downgraded to moderate")
    "single-centre study": "study at one centre", "single-center study": "study at one center",
    "single-centre trial": "trial at one centre", "single-center trial": "trial at one center",
    "single centre study": "study at one centre", "single centre trial": "trial at one centre",
    "single-centre studies": "studies each at one centre", "single-centre trials": "trials each at one centre",
    "downgraded": "marked down", "downgrade": "mark down", "downgrading": "marking down",
    "inert interventions": "inactive treatments", "an inert intervention": "an inactive treatment",
    "inert treatments": "inactive treatments",
    "multiple gestations": "multiple pregnancies", "multiple gestation": "multiple pregnancy",
    "twin gestations": "twin pregnancies", "twin gestation": "twin pregnancy",
    "combination therapy": "combined treatment", "combination therapies": "combined treatments",
    "composite outcome": "combined outcome", "composite outcomes": "combined outcomes",
    "social determinant of health": "social condition that shapes health",
    "social determinants of health": "social conditions that shape health",
    "cognitive function": "memory and thinking", "cognitive functioning": "memory and thinking",
    "cognitive decline": "decline in memory and thinking",
    "with residual capacity": "with some capacity left", "residual kidney function": "remaining kidney function",
    "residual renal function": "remaining kidney function",
    "oral feeding": "feeding by mouth", "oral feeds": "feeds by mouth",
    "global score": "overall score", "a summary measure": "an overall measure", "summary measure": "overall measure",
    "clinical outcomes": "health outcomes", "clinical outcome": "health outcome",
    "patient outcomes": "outcomes for patients", "empirical support": "evidence", "empirical evidence": "evidence",
    "most conservative estimate": "most cautious estimate", "conservative estimate": "cautious estimate",
    "conservative estimates": "cautious estimates",
    "preclude": "rule out", "precludes": "rules out", "precluded": "ruled out", "superior benefit": "greater benefit",
    "may not impact": "may not affect", "does not impact": "does not affect", "did not impact": "did not affect",
    "cardiac complications": "heart complications", "non-cardiac surgery": "surgery other than heart surgery",
    "cardiac surgery": "heart surgery",
    "resolution of": "clearing up of", "natural resolution of": "natural clearing up of",
    "lipid profiles": "blood fat levels", "lipid profile": "blood fat levels",
    "side effect profile": "pattern of side effects", "side effect profiles": "patterns of side effects",
    "side effects profiles": "patterns of side effects", "side-effect profile": "pattern of side effects",
    "safety profile": "safety record",
    "derive meaningful benefit": "get meaningful benefit", "derive benefit": "get benefit",
    "derived benefit": "got benefit", "derive any benefit": "get any benefit",
    "requisite": "needed",
    "risk-benefit analysis": "weighing of benefits against harms",
    "have a faster onset of action than": "start working faster than",
    "has a faster onset of action than": "starts working faster than",
    "our confidence in the estimate of effect": "how sure we can be of the result",
    "may change the estimate": "may change the result", "have an important impact on": "strongly affect",
    "beneficially influence": "improve",
    "associated with": "linked to", "not associated with": "not linked to",
    "does not yield": "does not give", "did not yield": "did not give", "may yield": "may give",
    "pharmacotherapy": "drug treatment", "directly attributable to": "directly caused by",
    "attributable to": "caused by", "over baseline": "compared with the start", "to baseline": "to the starting level",
    "when undertaking": "when doing", "that undertaking": "that doing", "before undertaking": "before doing",
    "from base line": "from the start", "well-conducted": "well-run", "well conducted": "well-run",
    "properly conducted": "properly run", "were conducted": "were done", "was conducted": "was done",
    "be in the context of": "be as part of", "outside of the context of": "outside",
    "outside the context of": "outside",
    "with educational components": "that include education", "clinical scenario": "situation in care",
    "modest benefit": "small benefit", "modest helpful": "small helpful", "modest though": "small though",
    "was modest": "was small", "in this population": "in these people", "to this population": "to these people",
    "in the newborn population": "in newborn babies", "withdrawals for": "people dropping out for",
    "withdrawal of people because of": "people dropping out because of", "did not assist": "did not help",
    "does not assist": "does not help", "does not fulfil": "does not meet", "did not fulfil": "did not meet",
    "undergoing": "having", "undergone": "had", "undergo": "have", "undergoes": "has", "underwent": "had",
    "remains to be established": "is not yet known", "remain to be established": "are not yet known",
    "the prevention of": "preventing", "in prevention of": "in preventing",
    "patient-important long-term outcomes": "long-term outcomes that matter to patients",
    "functional outcomes": "everyday functioning", "functional outcome": "everyday functioning",
    "cardiovascular risk factors": "risk factors for heart and blood vessel disease",
    "cardiovascular risk": "risk of heart and blood vessel disease",
    "cardiovascular outcomes": "heart and blood vessel outcomes", "maternal age": "the mother's age",
    "the occurrence of": "how often people have", "occurrence of": "how often people have",
    "adverse pregnancy complications": "pregnancy complications", "adverse cardiac events": "harmful heart events",
    "serious adverse baby": "serious poor baby",
    "whilst": "while", "upon which": "on which", "via": "through", "to date": "so far", "presently": "at present",
    "up to date": "up to date",  # kept: not "up so far"
    "relevant end-points": "outcomes that matter", "relevant endpoints": "outcomes that matter",
    "end-points": "outcomes", "endpoints": "outcomes", "end-point": "outcome", "endpoint": "outcome",
    "the relative merits of": "the pros and cons of",
    "the antibiotic of choice": "the best antibiotic to use", "the drug of choice": "the best drug to use",
    "the treatment of choice": "the best treatment to use",
    "parenteral administration": "giving it by injection or drip",
    "only addressed": "only looked at", "directly addressed": "directly looked at", "studies addressing":
    "studies looking at", "trials addressing": "trials looking at",
    "ensure against": "guard against", "sufficiently high": "high enough", "sufficiently large": "large enough",
    "more favourable cost benefit": "better value for money", "journal endorsement of": "journals backing",
    "no clear different between": "no clear differences between",  # the source's typo for "differences"
    # "clinical" said as what it means where it stands: what matters to patients, or what shows as symptoms
    "the clinical significance": "the importance for patients", "clinical significance": "importance for patients",
    "clinical benefit": "benefit to patients", "clinical benefits": "benefits to patients",
    "clinical malaria": "malaria with symptoms",
    "clinical illness": "illness with symptoms", "clinical judgement": "health professionals' judgement",
    "clinical judgment": "health professionals' judgment",
    "symptomatic heart failure": "heart failure that causes symptoms",
    # an intervention that is a medicine or an operation is a treatment ("other commonly used drug interventions")
    "drug interventions": "drug treatments", "drug intervention": "drug treatment",
    "medicine interventions": "medicine treatments", "medicine intervention": "medicine treatment",
    "surgical interventions": "surgical treatments", "surgical intervention": "surgical treatment",
})

# Words before "agent" that make it a medicine: "antiplatelet agents" are antiplatelet medicines; a "bulking
# agent" or a "causative agent" is not a medicine, so it is not listed.
AGENT_KINDS = frozenset([
    "antiplatelet", "anticoagulant", "antiviral", "anti-viral", "antifungal", "antibacterial", "antimicrobial",
    "antibiotic", "antihypertensive", "antidiabetic", "hypoglycaemic", "hypoglycemic", "chemotherapy",
    "chemotherapeutic", "cytotoxic", "cytostatic", "biological", "biologic", "targeted", "therapeutic",
    "pharmacological", "pharmaceutical", "inotropic", "tocolytic", "uterotonic", "mucolytic", "anti-VEGF",
    "anti-inflammatory", "immunosuppressive", "oral", "topical", "injectable", "inhalational", "inhaled", "anti-TNF",
    "antithyroid", "antiepileptic", "antipsychotic", "prokinetic", "hypnotic", "sedative", "anti-pseudomonal",
    "antifibrinolytic", "lipid-lowering", "thrombolytic", "fibrinolytic", "antimalarial", "anthelmintic",
    "antiparasitic", "anaesthetic", "anesthetic", "therapy", "antiarrhythmic", "antianginal", "vasoactive",
    "antidepressant", "anticholinergic", "antispasmodic", "antiretroviral", "antitubercular", "antiangiogenic",
    "anti-angiogenic", "anticancer", "anti-cancer", "antineoplastic",
])
# Words before "agent" that make it a medicine only where the source speaks of medicines ("these agents").
AGENT_ANY = frozenset(["single", "individual", "these", "other", "new", "novel", "additional", "active", "such"])
# Words before "arm" that make it a group in a trial wherever it stands ("the treatment arm")…
TRIAL_ARM_KINDS = frozenset(["control", "treatment", "placebo", "study", "trial", "intervention", "comparison",
                             "comparator", "experimental", "usual care", "standard care", "dummy treatment"])
# … and words that do so only in a source about trials that names no body part ("both arms").
ARM_KINDS = frozenset(["active", "the other", "each", "both", "two", "three", "four", "all", "either", "surgery",
                       "surgical", "screening"])
# A source that speaks of these may mean the body part by "arm".
BODY = ("lymph", "shoulder", "elbow", "wrist", "hand", "limb", "arm pain", "arm function", "arm swelling",
        "upper extremit", "stroke", "fracture", "forearm", "arm lymph", "arm move", "arm use", "arm strength")
