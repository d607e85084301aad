"""Plain words: simpler sentences, hard words explained, reading grade, study types, the glossary, batch mode."""

from __future__ import annotations

import ast
import tomllib

import pytest

from broker.errors import ConfigError
from broker.plain import (
    Glossary,
    Term,
    merge_glossaries,
    parse_glossary,
    plain_entry,
    plain_rows,
    reading_grade,
)
from broker.plain.clauses import split_clauses
from broker.plain.simplify import clean, plain_sentences, simplify
from broker.plain.studytype import PREPRINT_FLAG, is_preprint, study_type
from broker.plain.text import split_sentences

from . import abstracts, abstracts_clear
from .test_plain import MOST_WORDS, PACKAGE, STRUCTURED, UNSTRUCTURED, WORD

PLAIN_MODULES = tuple(sorted(p.name for p in (PACKAGE / "plain").glob("*.py")))


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return parse_glossary(tomllib.loads((PACKAGE / "glossary.toml").read_text(encoding="utf-8")))


# ---------------------------------------------------------------- hard words and simpler sentences

def test_hard_words_and_abbreviations_are_explained_in_the_text_itself(glossary: Glossary) -> None:
    # Reviewers read the summary without the "Words explained" box: the hard words are explained in short
    # sentences of their own, each word once, at most six in an entry.
    delirium = plain_entry("", abstracts.DELIRIUM, glossary=glossary)
    assert "Benzodiazepines means sedative medicines. Delirium means sudden confusion." in delirium.studied
    assert "means sedative" not in delirium.found  # explained once is enough
    from broker.plain.jargon import MOST_EXPLAINED, explain, unexplained
    told = explain(["Treatment improved DFS in APL patients.",
                    "COPD and IPC and gavage and FEV1 and TENS and BMI and HbA1c matter."], "compression pneumatic")
    assert told[1].count(" means ") == MOST_EXPLAINED == 6 and "HbA1c means" not in told[1]
    assert "IPC means a sleeve that inflates to squeeze the leg." in told[1]
    # An abbreviation with two meanings is explained only where the source's words fit one of them.
    assert explain(["PD was slower."], "people with parkinson's disease")[0] == "Parkinson's disease was slower."
    assert explain(["PD was slower."], "peritoneal dialysis")[0] == \
        "PD was slower. PD means peritoneal dialysis, cleaning the blood through the lining of the belly."
    assert explain(["PD was slower."], "pressure in the eye")[0] == "PD was slower."
    # CD013069.pub2: "CT" there is cognitive training; it is a scan only where the source speaks of scans.
    training = explain(["CT is probably associated with small positive effects on cognition."],
                       "cognitive training in mild dementia")[0]
    assert "scan" not in training and "CT means cognitive training." in training
    assert "CT means a kind of X-ray scan." in explain(["CT found more fractures."], "computed tomography scans")[0]
    # One the reader cannot know, and this module does not explain, is found, so it can be left out.
    assert unexplained("ILM peeling closed more holes than no peeling in the NHS.", "") == {"ILM"}
    # Common clinical abbreviations are explained where their sense fits (CD011671.pub2, CD004174.pub3).
    kidneys = explain(["HMP is superior to SCS in deceased donor kidney transplantation."], "kidney transplant donor")
    assert "HMP means keeping a donor kidney in a machine that pumps cold fluid through it." in kidneys[0]
    assert "SCS means keeping a donor kidney on ice." in kidneys[0]
    assert explain(["SCS reduced pain."], "spinal cord stimulation for back pain")[0] == \
        "SCS reduced pain. SCS means spinal cord stimulation."
    assert "PTS means long-term leg pain and swelling after a blood clot." in explain(
        ["Stockings may reduce the occurrence of PTS after DVT."], "deep vein thrombosis")[0]
    # A subject named only by such an abbreviation is not said ("It was about TCHP.").
    from broker.plain.reading import read
    from broker.plain.topic import subject
    doc = read("Three trials compared TCHP with nitrates. There is currently insufficient evidence for TCHP in "
               "treating stable angina.")
    assert "TCHP" not in subject(doc, doc.sentences[1:])


def test_research_words_become_everyday_words_where_the_meaning_is_the_same(glossary: Glossary) -> None:
    # CD004063.pub4, round 4 (P0-10/B): "toxicities of grade 3", "arms" and "agent" are research words.
    chemo = plain_entry("", abstracts_clear.PALLIATIVE, glossary=glossary)
    assert "Severe side effects occurred more often in groups with another chemotherapy or targeted therapy " \
        "medicine. But there is no evidence" in chemo.found
    assert "Palliative treatment is given to ease symptoms rather than to cure the illness." in chemo.studied
    # CD008125.pub2 (P0-08/B): "sulpiride augmentation of clozapine" is adding sulpiride to clozapine; "global
    # state" is the overall state; "data" are results.
    sulpiride = plain_entry("", abstracts_clear.SULPIRIDE, glossary=glossary)
    assert "Short-term results of 'no clinically significant response' in overall state tended to favour adding " \
        "sulpiride to clozapine compared with clozapine alone." in sulpiride.found
    from broker.plain.clearer import clearer
    trial = "a randomised trial of a drug"
    assert clearer("People in the placebo group did no better than those given placebo or no treatment.", trial) == \
        "People in the dummy treatment group did no better than those given a dummy treatment or no treatment."
    assert clearer("A placebo was used in the control arm.", trial) == \
        "A dummy treatment was used in the comparison group."
    assert clearer("Lactase compared with placebo resulted in less crying than placebo treated feeds.", trial) == \
        "Lactase compared with a dummy treatment resulted in less crying than placebo treated feeds."
    # CD010289.pub2: a treatment arm is a group even where the source never says "trial"; CD012293.pub2:
    # "treatment regimens" are treatment plans, not "treatment treatment plans".
    assert clearer("Withdrawals were balanced across treatment arms.", "three studies of dental pain") == \
        "Withdrawals were balanced across treatment groups."
    assert clearer("Treatment regimens differed and the trials were not sufficiently powered.", trial) == \
        "Treatment plans differed and the trials were not large enough."
    assert clearer("Antiplatelet agents helped but bulking agents did not.", trial) == \
        "Antiplatelet medicines helped but bulking agents did not."
    # CD008721.pub2 says neither "drug" nor "medicine", yet anti-VEGF agents are medicines; "these agents" are
    # medicines only where the source or the text speaks of medicines.
    assert clearer("Anti-VEGF agents helped and these agents were safe.", "proliferative diabetic retinopathy") == \
        "Anti-VEGF medicines helped and these medicines were safe."
    assert clearer("These agents were safe.", "a sealant on teeth") == "These agents were safe."
    assert clearer("More data are needed.", trial) == "More results are needed."
    assert clearer("There is not enough data to firmly conclude.", trial) == \
        "There is not enough information to firmly conclude."
    assert clearer("Results were comparable with planned care, and elective surgery was as good as conventional "
                   "care.", trial) == "Results were similar to planned care, and planned surgery was as good as " \
        "standard care."
    # CD002057.pub4 (INHALED_STEROIDS in tests/abstracts.py): "confer net advantages" is "give net advantages".
    assert clearer("Inhaled corticosteroids confer net advantages, albeit small ones.", trial) == \
        "Inhaled steroids give net advantages, though small ones."
    # CD000200.pub2: "the odds of" is a statistician's word for a chance.
    assert clearer("Surgery reduces the odds of being dead or dependent in chronic illness.", trial) == \
        "Surgery reduces the chance of being dead or dependent in long-term illness."
    # CD003418.pub2: "insulin monotherapy" is insulin alone; corticosteroids are steroids.
    assert clearer("NPH insulin gives glycaemic control comparable to insulin monotherapy.", trial) == \
        "NPH insulin gives blood sugar control similar to insulin alone."
    assert clearer("Corticosteroids were compared with monotherapy.", trial) == \
        "Steroids were compared with one treatment alone."
    # CD008115.pub3: "as a monotherapy" is "as the only treatment", never "as a one medicine alone".
    assert clearer("Oral corticosteroids as a monotherapy appear to be ineffective.", trial) == \
        "Steroids taken by mouth as the only treatment appear to be ineffective."
    # "arm" is a body part where the source speaks of one, and a quoted name keeps its words.
    assert clearer("Arm function improved in both arms.", "a randomised trial of mirror therapy after stroke") == \
        "Arm function improved in both arms."
    assert clearer("The 'placebo arm' data were lost.", trial) == "The 'placebo arm' results were lost."


def test_abbreviations_are_written_out_or_explained(glossary: Glossary) -> None:
    # CD007330.pub2 and CD007563.pub3, round 4 (P1-03/C, P0-07/C): "TRT", "HDR and LDR ICBT", "OS" and "RFS"
    # were left bare. An abbreviation whose meaning is its own name is said in its place, where the source's words
    # fit that sense; one that needs more words is explained; none is left that a reader cannot know.
    from broker.plain.jargon import unexplained
    tinnitus = plain_entry("", abstracts_clear.TINNITUS, glossary=glossary)
    assert "suggests that tinnitus retraining therapy is much more effective" in tinnitus.found
    cervix = plain_entry("", abstracts_clear.CERVIX_BRACHYTHERAPY, glossary=glossary)
    assert "no clear differences between high-dose-rate and low-dose-rate ICBT when considering overall " \
        "survival" in cervix.found
    assert "ICBT means radiotherapy given from inside the body." in cervix.summary  # said where ICBT is first used
    for entry, source in ((tinnitus, abstracts_clear.TINNITUS), (cervix, abstracts_clear.CERVIX_BRACHYTHERAPY)):
        assert not unexplained(entry.studied + " " + entry.found, source.lower())
    # "OS" is overall survival only where the source speaks of survival.
    from broker.plain.jargon import explain
    assert explain(["OS was longer."], "overall survival was longer")[0] == \
        "Overall survival was longer. Overall survival means how long people lived."
    assert explain(["OS was longer."], "the os calcis")[0] == "OS was longer."


def test_every_explanation_reads_as_english() -> None:
    # P0-08/B, round 4: "Antipsychotic means used to treat psychosis." is no sentence. A meaning said after
    # "X means" is a noun or an "-ing" phrase; a word that describes something gets a sentence of its own.
    import re

    from broker.plain.abbreviations import ABBREVIATIONS
    from broker.plain.clauses import has_verb
    from broker.plain.jargon import sentence_for
    from broker.plain.meanings import GLOSSES
    describing = re.compile(r"(?:ic|al|ous|ar|ed|ly|ive|ary|ant)$")  # antipsychotic, topical, intravenous, …
    not_a_noun = {"used", "given", "into", "under", "put", "through", "by", "done", "caused", "compared", "born",
                  "spread", "with", "without", "causing", "pretend", "around", "aimed", "no", "in", "on", "at",
                  "for", "from", "to", "than", "when", "where", "if"}
    for word, meaning in [*GLOSSES.items(), *((k, v[0]) for k, v in ABBREVIATIONS.items())]:
        said = sentence_for(word, meaning)
        assert said[:1].isupper() and said.endswith(".") and has_verb(said), said
        if meaning.endswith("."):
            assert word.lower().split()[0][:5] in meaning.lower(), said  # the sentence names the word it explains
        else:
            first, *rest = meaning.split()
            assert first not in not_a_noun and (rest or not first.endswith(("ed", "ic"))), said
            assert not (first.endswith("ed") and (not rest or rest[0] in not_a_noun)), said  # "caused by …"
            assert not (" " not in word and describing.search(word)), f"{word!r} describes: give it a sentence"
    assert sentence_for("Antipsychotic", GLOSSES["antipsychotic"]) == \
        "An antipsychotic is a medicine used to treat psychosis, losing touch with reality."
    # the words an explanation uses are everyday words too: readers stopped at a bare "psychosis" (2026-12-01)
    for meaning in GLOSSES.values():
        assert "cervix" not in meaning or "neck" in meaning, meaning
        assert "psychosis" not in meaning or "touch with reality" in meaning or meaning.startswith("losing"), meaning


def test_long_sentences_lose_their_frame_and_split_at_although(glossary: Glossary) -> None:
    # "This review found that …" and "Based on the results of this Cochrane Review, …" are frames; a hedging
    # frame ("The results suggest that …") is part of the claim and stays.
    assert simplify("This review found that orbital radiotherapy is more effective.") == \
        "Orbital radiotherapy is more effective."
    assert simplify("Based on the results of this Cochrane Review, there seems to be a helpful effect.") == \
        "There seems to be a helpful effect."
    assert simplify("The results of this review suggest a possible effect.") == \
        "The results of this review suggest a possible effect."
    # "Although A, B" is "A. But B.": the same claims and contrast, shorter sentences.
    assert split_clauses("Although methotrexate was well-tolerated, the studies showed no benefit for methotrexate "
                         "over placebo.") == ["Methotrexate was well-tolerated.",
                                              "But the studies showed no benefit for methotrexate over placebo."]
    assert split_clauses("While in hospital, patients were given X and Y for several weeks.") == \
        ["While in hospital, patients were given X and Y for several weeks."]
    # CD003410.pub4, CD010826.pub2: after an article "increase" is a noun, so what follows a ";" or "but" here is
    # no clause ("An increase in retention in treatment." stood alone as a sentence).
    heroin = ("The evidence suggests an added value of heroin for long-term opioid users, to reach a decrease in "
              "using illicit substances and a possible reduction of mortality; and an increase in retention in "
              "treatment.")
    assert split_clauses(heroin) == [heroin]
    eaus = ("There is some evidence to suggest that EAUS before perineal repair is associated with reduced risk of "
            "severe anal incontinence but an increase in the rate of perineal pain at three months postpartum.")
    assert split_clauses(eaus) == [eaus]
    # A comma inside a list is no place to cut: "But preterm birth before 34 … is unavailable." is no sentence.
    heparin = ("While treatment with heparin for women considered to be at particularly high risk of adverse "
               "pregnancy complications secondary to placental insufficiency was associated with a statistically "
               "significant reduction in risk of perinatal mortality, preterm birth before 34 and 37 weeks' gestation, "
               "and infant birthweight below the 10th centile for gestational age when compared with no treatment for "
               "women considered at increased risk of placental dysfunction, to date, important information about "
               "serious adverse infant and long-term childhood outcomes is unavailable.")
    assert not any(p.startswith("But preterm") for p in plain_sentences(heparin))
    # … but "to date," after the last comma of the list marks where the second clause begins (round 7: one sentence
    # of 80 words, rated unclear).
    assert split_clauses(heparin)[1] == ("But to date, important information about serious adverse infant and "
                                         "long-term childhood outcomes is unavailable.")
    assert split_clauses(heparin)[0].endswith("risk of placental dysfunction.")


def test_statistics_are_removed_but_group_sizes_kept() -> None:
    assert clean("Pain was lower with the drug (RR 0.75, 95% CI 0.55 to 1.03; P = 0.02).") == \
        "Pain was lower with the drug."
    assert clean("We found four studies (171 patients) that met our criteria.") == \
        "We found four studies with 171 patients that met our criteria."
    assert clean("There may be little or no difference in falls.") == "There may be little to no difference in falls."
    assert clean("Depression fell in the exercise group (SMD -0.4, 95% CI -0.6 to -0.2).") == \
        "Depression fell in the exercise group."


def test_hard_words_are_swapped_for_everyday_ones() -> None:
    assert simplify("However, the participants were administered an additional dose.") == \
        "But the people were given another dose."
    assert simplify("Adverse events were frequently reported.") == "Side effects were often reported."
    # "however" inside a sentence: a "but" between clauses, an aside that can go, never a comma splice.
    assert simplify("In men, X is probably less effective for A, however, there might be little to no difference "
                    "for B.") == "In men, X is probably less effective for A, but there might be little to no " \
        "difference for B."
    assert simplify("Some formulations showed an increase, however study numbers were small.") == \
        "Some formulations showed an increase, but study numbers were small."
    assert simplify("The effect, however, was small.") == "The effect was small."
    # CD010576.pub2: "hypoparathyroidism, which however, was not seen" had become "which, was not seen".
    assert simplify("A greater risk of hypocalcaemia, which however, was not seen in comparison with B.") == \
        "A greater risk of hypocalcaemia, which was not seen compared with B."
    # CD005543.pub2, CD009771.pub3: "refute" and "RCTs" are words a lay reader stops at.
    assert simplify("There are no clear findings to support or refute the use of prophylactic manoeuvres.") == \
        "There are no clear findings for or against using preventive manoeuvres."
    assert simplify("There is limited evidence from RCTs evaluating protocol-directed sedation.") == \
        "There is limited evidence from trials testing protocol-directed sedation."
    assert simplify("RCTs of gastrointestinal side effects are needed.") == \
        "Trials of stomach and gut side effects are needed."
    # CD000006.pub2: "less analgesia" is fewer painkillers taken; "less pain relief" told a reviewer the opposite.
    told = simplify("Compared with catgut, standard synthetic sutures were associated with less pain up to three days "
                    "after delivery; and less analgesia up to ten days postpartum.")
    assert "less use of painkillers up to ten days" in told and "pain relief" not in told
    assert "epidural pain relief" in simplify("Women chose epidural analgesia.")


def test_a_quoted_name_keeps_the_sources_own_words(glossary: Glossary) -> None:
    # CD008125.pub2: "'no clinically significant response'" names an outcome the trials measured; "clear" inside
    # the quotes would name one they never measured. Outside quotes the swap still happens.
    said = simplify("Short-term data of 'no clinically significant response' in global state tended to favour "
                    "sulpiride, and a significant effect on weight was seen.")
    assert "'no clinically significant response'" in said and "a clear effect" in said
    # An apostrophe opens no quote: the swap after it still happens.
    assert simplify("The parents' and children's views were sought from participants.") == \
        "The parents' and children's views were sought from people."
    entry = plain_entry("", abstracts_clear.SULPIRIDE, glossary=glossary)
    assert "clinically clear" not in entry.summary


def test_long_sentences_are_cut_at_clause_boundaries() -> None:
    assert split_clauses("The evidence was weak; two trials were small and one had high risk of bias.") == \
        ["The evidence was weak.", "Two trials were small.", "One had high risk of bias."]
    # No fragments: the part after "but" has no subject of its own.
    assert split_clauses("Higher doses worked better, but caused more side effects.") == \
        ["Higher doses worked better, but caused more side effects."]
    # "sensitivity and specificity" joins two nouns, not two sentences.
    assert len(split_clauses("The small study means that sensitivity and specificity estimates are imprecise.")) == 1


def test_summaries_are_short_and_plainer_than_the_source(glossary: Glossary) -> None:
    for source in (STRUCTURED, UNSTRUCTURED, abstracts.CERCLAGE, abstracts.VEIN_CUFF, abstracts.HOMEWARD):
        entry = plain_entry("", source, glossary=glossary)
        assert len(WORD.findall(entry.summary)) <= MOST_WORDS
        assert entry.reading_grade < reading_grade(source)


def test_a_sentence_is_never_cut_into_a_piece_with_no_verb() -> None:
    # CD003067.pub4: "resin-based" is no verb, so "and other low-quality evidence for benefits of …" stays joined.
    sealants = ("We found some low-quality evidence suggesting the superiority of resin-based fissure sealants over "
                "fluoride varnish applications for preventing occlusal caries in permanent molars, and other "
                "low-quality evidence for benefits of resin-based sealant and fluoride varnish over fluoride varnish "
                "alone.")
    assert split_clauses(sealants) == [sealants]
    from broker.plain.clauses import has_verb
    assert not has_verb("Other low-quality evidence for benefits of resin-based sealant over placebo-controlled care.")
    assert has_verb("The review finds some evidence for parent-mediated interventions.")


def test_a_reason_that_only_points_back_is_dropped_and_the_claim_kept() -> None:
    # CD003361: "In view of this lack of evidence, …" pointed at a lack of evidence the entry never described.
    assert plain_sentences("In view of this lack of evidence, it is impossible to determine whether beta-blocker "
                           "therapy is effective and safe for the treatment of tremor in Parkinson's disease.") == \
        ["It is impossible to find out whether beta-blocker therapy is effective and safe for treating tremor in "
         "Parkinson's disease."]

# ---------------------------------------------------------------- reading grade

def test_reading_grade() -> None:
    assert reading_grade("") == 0.0
    assert reading_grade("The cat sat on the mat. The dog ran.") < 2
    hard = "Pharmacological interventions demonstrated heterogeneous effectiveness across methodological subgroups."
    assert reading_grade(hard) > 15
    # Decimals and "e.g." do not end sentences; numbers are not words.
    assert split_sentences("Scores rose by 2.5 points, e.g. in week 3. Then they fell.") == \
        ["Scores rose by 2.5 points, e.g. in week 3.", "Then they fell."]
    assert reading_grade("We saw 7,843 children.") == reading_grade("We saw children.")


# ---------------------------------------------------------------- study types and preprints

@pytest.mark.parametrize("title, key", [
    ("Exercise for depression in older adults: a systematic review and meta-analysis", "systematic-review"),
    ("A randomised controlled trial of home visits for carers", "randomised-trial"),
    ("Carers' experiences of respite: a qualitative study", "qualitative"),
    ("Loneliness in later life: findings from a national cohort", "cohort"),
    ("A national survey of young carers", "survey"),
    ("Study protocol for a randomised trial of peer support", "protocol"),
    ("Dementia: NICE guideline on assessment and support", "guideline"),
    ("State of Caring 2024: a report on the lives of unpaid carers", "report"),
    ("Thoughts on social care funding", ""),
])
def test_study_type_from_the_title(title: str, key: str) -> None:
    kind = study_type(title, "")
    assert kind.key == key
    if key:
        assert kind.label and kind.note.endswith(".")


def test_study_type_from_the_abstract() -> None:
    assert study_type("", "We included 12 studies with 1554 participants.").key == "systematic-review"
    trial = "Background: A previous meta-analysis suggested benefit. Methods: We randomly assigned 300 adults."
    assert study_type("", trial).key == "randomised-trial"
    assert study_type("", "We interviewed 20 carers. Thematic analysis found three themes.").key == "qualitative"


@pytest.mark.parametrize("link", [
    "https://www.medrxiv.org/content/10.1101/2024.01.01.24300001v1",
    "https://www.biorxiv.org/content/x", "https://arxiv.org/abs/2401.00001",
    "https://www.researchsquare.com/article/rs-1/v1", "https://papers.ssrn.com/sol3/papers.cfm?abstract_id=1",
    "https://osf.io/preprints/psyarxiv/abcde", "https://www.preprints.org/manuscript/1", "preprints.jmir.org/x",
])
def test_preprint_hosts(link: str, glossary: Glossary) -> None:
    assert is_preprint(link)
    entry = plain_entry("Title", "Some text.", glossary=glossary, link=link)
    assert entry.preprint
    assert entry.study_type.key == "preprint"
    assert "not yet checked by other researchers" in entry.study_type.label
    assert PREPRINT_FLAG == "Not yet checked by other researchers."


def test_preprint_from_categories_or_text_and_not_from_journals(glossary: Glossary) -> None:
    assert is_preprint(categories=["Preprint"])
    assert is_preprint(text="This article is a preprint and has not been peer-reviewed.")
    assert not is_preprint("https://www.bmj.com/content/1/2", ["Mental health"], "A randomised trial.")
    assert not is_preprint("https://osf.io/abcde/")
    entry = plain_entry("A randomised controlled trial", "", glossary=glossary, link="https://medrxiv.org/x")
    assert entry.preprint and entry.study_type.key == "randomised-trial"


# ---------------------------------------------------------------- glossary

def test_shipped_glossary(glossary: Glossary) -> None:
    assert len(glossary.terms) >= 150
    names = [n.casefold() for t in glossary.terms for n in (t.term, *t.aliases)]
    assert len(names) == len(set(names)), "a name or alias is used twice"
    for term in glossary.terms:
        assert term.explanation.endswith("."), term.term
        assert len(term.explanation.split()) <= 60, term.term
    for needed in ("randomised controlled trial", "placebo", "cohort study", "qualitative research",
                   "systematic review", "meta-analysis", "confidence interval", "dementia", "psychosis",
                   "comorbidity", "EHCP", "SEND", "direct payments", "respite care", "carer's assessment",
                   "integrated care board", "domiciliary care", "safeguarding", "reablement"):
        assert glossary.get(needed) is not None, needed


def test_terms_found_in_order_of_first_use(glossary: Glossary) -> None:
    text = "Placebo pills and randomized controlled trials; a carer's assessment. The placebo again. We send SEND."
    assert [t.term for t in glossary.find(text)] == [
        "placebo", "randomised controlled trial", "carer's assessment", "SEND"]
    assert glossary.find("They send letters to the council's office about social care.")[0].term == "local authority"
    assert glossary.find("No special words here.") == ()


def test_entry_terms_are_those_in_the_summary(glossary: Glossary) -> None:
    entry = plain_entry("", UNSTRUCTURED, glossary=glossary)
    assert entry.terms == glossary.find(" ".join(text for _, text in entry.parts))
    assert all(isinstance(t, Term) for t in entry.terms)


def test_a_word_with_two_senses_is_explained_only_where_its_sense_fits(glossary: Glossary) -> None:
    school = plain_entry("Autistic girls and masking at secondary school",
                         "We interviewed 30 autistic girls about masking at school. Girls said masking their "
                         "differences all day left them exhausted. Schools could help by offering quiet spaces.",
                         glossary=glossary)
    assert "masking" in school.summary
    assert "blinding" not in [t.term for t in school.terms]
    trial = plain_entry("", "In this randomised trial, outcome assessors were masked to treatment allocation. "
                        "The drug reduced pain compared with placebo.", glossary=glossary)
    assert "blinding" in [t.term for t in glossary.find(trial.summary + " Assessors were masked in the trial.")]
    assert [t.term for t in glossary.find("The Medical Research Council funded it.")] == []
    assert glossary.find("The council assessed carers in the local area.")[0].term == "local authority"
    assert [t.term for t in glossary.find("This means that the mean score on the scale was lower.")] == ["mean"]
    assert [t.term for t in glossary.find("This means that it is better.")] == []
    # Curators' terms may have a context too; a term with none is explained wherever it stands.
    own = parse_glossary({"terms": [{"term": "arm", "explanation": "One group in a trial.", "context": ["trial"]}]})
    assert own.find("She hurt her arm.") == ()
    assert own.find("In the control arm of the trial, …")[0].context == ("trial",)


def test_curator_terms_override_and_extend(glossary: Glossary) -> None:
    extra = parse_glossary({"terms": [
        {"term": "placebo", "explanation": "Our own words for a dummy pill."},
        {"term": "Shared Lives", "explanation": "A carer shares their home with the person they support.",
         "aliases": ["Shared Lives scheme"]},
    ]})
    merged = merge_glossaries(glossary, extra)
    assert len(merged.terms) == len(glossary.terms) + 1
    found = merged.find("A Shared Lives scheme and a placebo.")
    assert [(t.term, t.explanation) for t in found] == [
        ("Shared Lives", "A carer shares their home with the person they support."),
        ("placebo", "Our own words for a dummy pill.")]


@pytest.mark.parametrize("data, message", [
    ({"terms": "placebo"}, "list"),
    ({"terms": ["placebo"]}, "table"),
    ({"terms": [{"explanation": "x."}]}, "'term'"),
    ({"terms": [{"term": "x", "explanation": ""}]}, "'explanation'"),
    ({"terms": [{"term": "x", "explanation": "y.", "aliases": "z"}]}, "'aliases'"),
    ({"terms": [{"term": "x", "explanation": "y.", "alias": ["z"]}]}, "unknown"),
    ({"terms": [{"term": "x", "explanation": "y.", "context": "trial"}]}, "'context'"),
    ({"terms": [{"term": "x", "explanation": "y.", "context": [""]}]}, "'context'"),
])
def test_bad_glossary_is_a_config_error(data: dict, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        parse_glossary(data)


def test_empty_glossary_finds_nothing() -> None:
    assert parse_glossary({}).find("placebo") == ()


# ---------------------------------------------------------------- batch mode and house rules

def test_plain_rows(glossary: Glossary) -> None:
    rows = [{"id": "a", "title": "", "abstract": UNSTRUCTURED}, {"id": "b"},
            {"id": "c", "title": "Survey of carers", "abstract": None}]
    out = list(plain_rows(rows, glossary))
    assert [r["id"] for r in out] == ["a", "b", "c"]
    for row in out:
        assert set(row) == {"id", "summary", "studied", "found", "certainty", "study_type", "reading_grade"}
        assert isinstance(row["summary"], str) and row["summary"]
        assert isinstance(row["reading_grade"], float)
    assert out[0]["study_type"] == "systematic-review"
    assert out[2]["study_type"] == "survey"
    entry = plain_entry("", UNSTRUCTURED, glossary=glossary)
    assert (out[0]["summary"], out[0]["studied"], out[0]["found"], out[0]["certainty"]) == \
        (entry.summary, entry.studied, entry.found, entry.certainty)
    assert out[0]["summary"].startswith("What was studied: " + entry.studied + "\nWhat was found: ")


def test_plain_modules_are_pure() -> None:
    """No file or network I/O and no module-level mutable state in the plain-language code."""
    for name in PLAIN_MODULES:
        tree = ast.parse((PACKAGE / "plain" / name).read_text(encoding="utf-8"))
        imported = {a.name.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        imported |= {n.module.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module}
        assert not imported & {"os", "io", "pathlib", "socket", "urllib.request", "httpx", "subprocess"}, name
        calls = {n.func.id for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)}
        assert "open" not in calls, name
        for node in tree.body:
            value = node.value if isinstance(node, ast.Assign | ast.AnnAssign) else None
            assert not isinstance(value, ast.List | ast.Dict | ast.Set | ast.ListComp | ast.DictComp | ast.SetComp), \
                f"{name}:{node.lineno} module-level mutable value"

