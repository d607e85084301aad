"""Plain-language entries: the three parts, what was found, and the rules they never break."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from broker.models import PART_LABELS, PlainEntry, Source
from broker.plain import (
    Glossary,
    hand_written,
    parse_glossary,
    plain_entry,
)
from broker.plain.clauses import split_clauses
from broker.plain.entry import NO_CONCLUSION
from broker.plain.kept import keeps_meaning
from broker.plain.reading import LEANING
from broker.plain.simplify import plain_sentences
from broker.plain.thin import NO_RESULTS

from . import abstracts, abstracts_review6, abstracts_review7

PACKAGE = Path(__file__).resolve().parent.parent / "broker"

# The checks the evaluation script makes, except that the plain word "or" is allowed: the
# script's pattern ignores case, so it cannot tell "or" from the odds ratio "OR".
NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
STATS = re.compile(r"\b(95\s*%\s*CI|CI\b|p\s*[=<>]|RR\b|(?-i:OR)\b|SMD\b|MD\b|HR\b|confidence interval)", re.I)
WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")
MOST_WORDS = 110  # the whole entry, labels and all

STRUCTURED = """Background: Many older people with depression do not get treatment, and carers often
report feeling unsupported. Objective: To assess whether a group exercise programme reduces depression
in older people living at home. Methods: We randomly assigned 412 people aged 65 years and over
(mean age 74.2, SD 6.1) to a 12-week exercise programme (n = 206) or usual care (n = 206). The primary
outcome was the Geriatric Depression Scale at 6 months. Results: At 6 months, depression scores were
lower in the exercise group (mean difference -2.1, 95% CI -3.0 to -1.2; p < 0.001). Fewer people in the
exercise group had a fall (RR 0.71, 95% CI 0.52 to 0.97). Adverse events were rare and similar in both
groups (4% vs 5%). Conclusions: A simple group exercise programme reduced depression in older people.
The benefits lasted for at least 6 months. Larger trials in care homes are needed."""

UNSTRUCTURED = """We included 38 studies with 7,843 children. Most studies took place in high-income countries.
Compared with usual care, school-based programmes probably reduce anxiety a little (SMD -0.21, 95% CI
-0.32 to -0.10; 24 studies, 4210 children; moderate-certainty evidence). There was no clear effect on
depression (RR 0.92, 95% CI 0.80 to 1.05; p = 0.23). Only 3 studies reported side effects, and these were
minor. The evidence is current to March 2023. School-based programmes may help children with anxiety, but
we are uncertain about their effects on depression. Better studies with longer follow-up are needed."""


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return parse_glossary(tomllib.loads((PACKAGE / "glossary.toml").read_text(encoding="utf-8")))


def numbers(text: str) -> set[str]:
    return {n.replace(",", "").rstrip(".") for n in NUMBER.findall(text)}


def entry_for(abstract: str) -> PlainEntry:
    """An abstract's entry with no title and no curators' glossary, as `broker plain` makes it for val.jsonl."""
    return plain_entry("", abstract, glossary=Glossary(()))


def assert_plain(summary: str, source: str) -> None:
    assert numbers(summary) <= numbers(source), "a number in the summary is not in the source"
    assert not STATS.search(summary), f"statistics left in: {summary!r}"
    assert len(WORD.findall(summary)) <= MOST_WORDS


def unglossed(text: str) -> str:
    """The text without the sentences that explain a hard word ("Delirium means sudden confusion.")."""
    return re.sub(r" [A-Z][\w'-]*(?: [\w'-]+)? means [^.]+\.", "", text)


def assert_stands_alone(*parts: str) -> None:
    """No part opens by leaning on something not said ("There were also…", "Their carers…")."""
    for part in parts:
        assert not LEANING.match(part), f"opens mid-story: {part!r}"


# ---------------------------------------------------------------- the three parts

def test_every_entry_has_three_labelled_parts_in_order(glossary: Glossary) -> None:
    entry = plain_entry("Group exercise for depression in later life: a randomised controlled trial", STRUCTURED,
                        glossary=glossary)
    assert [label for label, _ in entry.parts] == list(PART_LABELS)
    assert "exercise programme" in entry.studied and "older people" in entry.studied
    assert entry.found.startswith("A simple group exercise programme reduced depression in older people.")
    assert entry.certainty
    assert entry.summary == "\n".join(f"{label}: {text}" for label, text in entry.parts)
    assert_plain(entry.summary, STRUCTURED)
    assert_stands_alone(entry.studied, entry.found, entry.certainty)
    assert entry.study_type.key == "randomised-trial" and entry.preprint is False
    assert 0 < entry.reading_grade < 12


def test_homeward_keeps_did_not_clearly_reduce_and_says_the_gap_could_be_chance(glossary: Glossary) -> None:
    entry = plain_entry(abstracts.HOMEWARD_TITLE, abstracts.HOMEWARD, glossary=glossary)
    assert entry.found.startswith("HOMEWARD did not clearly reduce readmissions, but carers felt less strained.")
    # The readmission figures come with the thing they measure, and with the warning about chance.
    assert ("24.1% of people in the HOMEWARD group were readmitted within 90 days compared with 31.6% in the usual "
            "care group. This difference could be down to chance.") in entry.found
    assert "could be down to chance" in entry.certainty
    assert "Their carers" not in entry.summary and "But carers felt less strained" not in entry.summary
    assert_stands_alone(entry.studied, entry.found, entry.certainty)
    assert_plain(entry.summary, abstracts.HOMEWARD)


def test_a_minor_outcome_no_difference_never_leads(glossary: Glossary) -> None:
    # Cerclage for twins: the secondary outcomes showed "no significant differences"; the
    # authors' conclusion is about preterm birth and perinatal death.
    entry = plain_entry("", abstracts.CERCLAGE, glossary=glossary)
    assert entry.found.startswith("For multiple pregnancies, there is no evidence that cerclage is an effective "
                                  "intervention for preventing preterm births")
    assert "secondary" not in entry.summary.lower() and "other outcomes" not in entry.summary
    assert "caesarean" not in entry.summary
    assert_stands_alone(entry.studied, entry.found, entry.certainty)


def test_a_not_is_never_lost_nor_a_clause_split_from_its_qualifier(glossary: Glossary) -> None:
    # Bed nets: "results tended to favour ITNs, but the effects were not significant".
    nets = plain_entry("", abstracts.BED_NETS, glossary=glossary).summary
    assert "tended to favour" not in nets or "not clear" in nets
    # Vein cuffs: "improves primary graft patency …, but this does not reduce the risk of limb loss".
    cuffs = plain_entry("", abstracts.VEIN_CUFF, glossary=glossary).summary
    assert "improves primary graft patency" in cuffs
    assert "But this does not reduce the risk of limb loss." in cuffs
    # A "not" inside a bracket, or a hedge in an opener, is never dropped on the way.
    assert plain_sentences("Falls were fewer (though not in people over 80, 95% CI 0.4 to 1.2).") == []
    assert not keeps_meaning("Low-quality evidence suggests that heparin may help.", "Heparin may help.")
    assert keeps_meaning("There is insufficient evidence.", "There is not enough evidence.")


def test_nothing_leans_on_what_was_not_said(glossary: Glossary) -> None:
    # "There were also …" stands in both abstracts; no part may open with it, or with any pointer back.
    for source in (abstracts.CERCLAGE, abstracts.OCD_ANTIPSYCHOTICS, abstracts.HOMEWARD):
        entry = plain_entry("", source, glossary=glossary)
        assert not re.search(r"(?:^|\n)[^:]+: There were also", entry.summary)
        assert_stands_alone(entry.studied, entry.found, entry.certainty)
    assert LEANING.match("There were also fewer falls.") and LEANING.match("Their carers felt better.")
    assert LEANING.match("The other 634 people waited.") and not LEANING.match("This review found 12 studies.")
    # CD006266.pub2 (ninth review, misleading): "All other comparisons and outcomes did not show clear differences."
    # after a verdict on GHB against placebo read as "GHB showed no benefit anywhere".
    assert LEANING.match("All other comparisons and outcomes did not show clear differences.")
    assert LEANING.match("Other outcomes were similar.") and not LEANING.match("Outcomes were similar in all groups.")


def test_the_overall_conclusion_leads_not_a_harm_a_side_remark_or_background(glossary: Glossary) -> None:
    # Bowel screening: "There is high quality evidence that both … reduce colorectal cancer mortality" is the
    # answer; a line on validating complications once led instead, and a reader never learnt that screening works.
    bowel = plain_entry("", abstracts.BOWEL_SCREENING, glossary=glossary)
    assert unglossed(bowel.found).startswith("Both flexible sigmoidoscopy and faecal occult blood testing reduce bowel "
                                            "cancer death rate")
    assert "strong" in bowel.certainty
    # NSAIDs in children: adult evidence that NSAIDs work is background, never the finding for children.
    nsaids = plain_entry("", abstracts.CHILD_NSAIDS, glossary=glossary)
    assert "unable to comment about benefit or harm from using NSAIDs" in nsaids.found
    assert "adult" not in nsaids.found
    # Teenage pregnancy: the conclusion follows a statistics bracket with no full stop ("…evidence) A
    # combination …"); it must still be found, and lead over a remark on biological measures.
    teens = plain_entry("", abstracts.TEEN_PREGNANCY, glossary=glossary)
    assert teens.found.startswith("A combination of educational and contraceptive-promoting interventions appears "
                                  "to reduce unintended pregnancy among adolescents.")
    for entry in (bowel, nsaids, teens):
        assert_stands_alone(entry.studied, entry.found, entry.certainty)
    # Remarks on how the review was done are never its finding, wherever they stand in the conclusions.
    from broker.plain.kinds import is_meta
    for remark in ("We tried to address this variability and to reduce its potential biases by conducting three "
                   "separate main comparisons, as outlined above.",
                   "No studies using a neuropathological reference standard have directly addressed the common "
                   "clinical scenario.", "Editorial note: As a living systematic review, this review is continually "
                   "updated.", "We have very little confidence in the effect estimate."):
        assert is_meta(remark.lower()), remark
    assert not is_meta("no trials have shown a benefit of x.")


def test_a_verdict_of_no_evidence_leads_not_the_authors_hopes(glossary: Glossary) -> None:
    # Inhaled steroids for babies (CD002057.pub4) and antivirals for Ramsay Hunt syndrome (CD006851.pub2): the
    # authors conclude there is no evidence of benefit; a "might help" line once led, and a reader took it as the
    # finding ("these drugs", "the two groups" pointing at nothing).
    steroids = plain_entry("", abstracts.INHALED_STEROIDS, glossary=glossary)
    assert steroids.found.startswith("The authors found no evidence that inhaled steroids give net advantages over "
                                     "systemic steroids")
    antivirals = plain_entry("", abstracts.RAMSAY_HUNT, glossary=glossary)
    assert antivirals.found.startswith("The authors found no evidence that anti-viral medicines have a helpful "
                                       "effect on outcomes in Ramsay Hunt syndrome")
    assert "might suggest" not in antivirals.found and "the two groups" not in antivirals.found
    for entry in (steroids, antivirals):
        assert_stands_alone(entry.studied, entry.found, entry.certainty)
    from broker.plain.reading import read
    assert read("The use of these drugs in other conditions might suggest a role.").sentences[0].leans
    # A verdict is on whether the treatment works (CD008934.pub2, CD003013), not on which outcomes were reported
    # (CD008185.pub4), nor a remark on one drug among several.
    from broker.plain.kinds import VERDICT
    assert VERDICT.search("there is no strong evidence from this review that any topical therapy is effective.")
    assert VERDICT.search("there is no definitive evidence from this review as to whether or not lithium helps.")
    assert not VERDICT.search("there is no available evidence in the included study and in the literature on "
                               "outcomes such as improvement in growth.")


# CD006832.pub3, its opening and its conclusions.
ILLNESS = ("We identified five trials that met our inclusion criteria. Two trials compared intensive insulin therapy "
           "(IIT) to conventional insulin therapy (CIT). There is moderate quality evidence from two large trials "
           "that intensive insulin therapy reduces CIP/CIM, and high quality evidence that it reduces duration of "
           "mechanical ventilation, ICU stay and 180-day mortality, at the expense of hypoglycaemia. Consequences and "
           "prevention of hypoglycaemia need further study. Moderate quality evidence suggests a potential benefit of "
           "early rehabilitation on CIP/CIM which is accompanied by a shorter duration of mechanical ventilation but "
           "without an effect on ICU stay. Large RCTs need to be conducted to further explore the role of early "
           "rehabilitation and EMS and to develop new preventive strategies.")


def test_a_rated_conclusion_leads_over_a_narrow_result(glossary: Glossary) -> None:
    # CD006832.pub3: "There is moderate quality evidence from two large trials that …"
    # is the authors' main claim, not a remark on quality; the subject is intensive insulin therapy, not the early
    # rehabilitation of its third sentence, but only two of the five trials tested it, so the review is not said to
    # be about it alone (the third and fourth blind reviews: "says the review was only about insulin").
    illness = plain_entry("", ILLNESS, glossary=glossary)
    assert illness.found.startswith("There is fairly strong evidence from two large trials that intensive insulin "
                                    "therapy reduces")
    assert illness.studied.endswith("Some of the studies looked at intensive insulin therapy. Intensive insulin "
                                    "therapy means frequent insulin doses to keep blood sugar within tight limits.")
    # CD012085: one outcome at one time point is not the answer; the authors' summing-up across comparisons is.
    back = plain_entry("", abstracts.BACK_PAIN, glossary=glossary)
    assert back.found.startswith("Evidence of very low to moderate quality suggests that motor control exercise "
                                 "showed no benefit over spinal manipulative therapy")
    from broker.plain.reading import concludes
    assert not concludes("exercise alone led to less improvement in overall pain.")


def test_whether_it_works_leads_over_which_of_several_is_best() -> None:
    # CD005170.pub2: "Medication treatments can be effective …, and should be considered as part of the treatment"
    # is the authors' answer (a recommendation, not a wish for research); "no clear evidence that any particular
    # class … is more effective … than any other" answers a side question, and led.
    from broker.plain.reading import read
    from broker.plain.verdict import conclusion
    doc = read("We included 22 trials of medication for anxiety in children. Medication was more effective than "
               "placebo (RR 1.7, 95% CI 1.4 to 2.1). Medication treatments can be effective in paediatric anxiety "
               "disorders, acting to reduce core symptoms, and should be considered as part of the treatment of these "
               "disorders. There is no clear evidence to show that any particular class of medication is more "
               "effective or better tolerated than any other.")
    assert not doc.sentences[2].wish
    assert conclusion(doc)[0].text.startswith("Medication treatments can be effective")


def test_a_claim_keeps_the_however_that_doubts_it_and_points_at_no_one_unnamed(glossary: Glossary) -> None:
    # CD004443: "However, the clinical usefulness of naloxone to treat shock remains to be determined and additional
    # randomized controlled trials are needed" doubts the claim before it; its call for trials does not let it go.
    naloxone = plain_entry("", "Three independent readers reviewed 120 publications and selected six clinical trials. "
                           "The mean arterial pressure was higher with naloxone (MD 10, 95% CI 5 to 15). Naloxone "
                           "improves blood pressure, especially mean arterial blood pressure. However, the clinical "
                           "usefulness of naloxone to treat shock remains to be determined and additional randomized "
                           "controlled trials are needed to assess its usefulness.", glossary=glossary)
    assert naloxone.found.startswith("Naloxone improves blood pressure, especially mean arterial blood pressure. But "
                                     "the clinical usefulness of naloxone to treat shock remains to be determined")
    # CD005604.pub3: "In contrast to recommendations in adults, …" names what it contrasts with, so it may lead;
    # "If anti-histamines were to be trialled in these children, …" points at children never named.
    from broker.plain.reading import read
    from broker.plain.verdict import can_lead
    doc = read("In contrast to recommendations in adults with chronic cough, anti-histamines cannot be recommended as "
               "empirical therapy for children with chronic cough. If anti-histamines were to be trialled in these "
               "children, current data suggest a clinical response occurs within two weeks of therapy.")
    assert can_lead(doc.sentences[0]) and not can_lead(doc.sentences[1])
    # CD002832.pub3: "The number, size and reporting of … trials are insufficient to present firm conclusions" is
    # the authors' verdict, though it opens with words about the trials.
    assert can_lead(read("The number, size and reporting of randomised controlled perazine trials are insufficient "
                         "to present firm conclusions about the properties of this antipsychotic.").sentences[0])
    # CD010666: "Vitamin A supplementation is …" is no heading "Vitamin" run into "A supplementation is …".
    assert read("Vitamin A supplementation is beneficial and safe in children with HIV infection.").sentences[0].text \
        .startswith("Vitamin A supplementation")


def test_a_remark_on_missing_data_never_leads_and_a_conclusion_never_starts_mid_thought() -> None:
    # CD006849.pub3: "This systematic review highlights the lack of quality-of-life data …" led; the answer is
    # "Platinum-based chemotherapy regimens did not offer a statistically significant benefit …", which the
    # "However, …" and "These data suggest …" after it carry on from, so the conclusions start there.
    from broker.plain.reading import read
    from broker.plain.verdict import can_lead, conclusion
    doc = read("A total of 32 studies involving 6075 patients with SCLC were included in this systematic review. "
               "Platinum-based regimens had higher rates of nausea (RR 1.9, 95% CI 1.4 to 2.6). Platinum-based "
               "chemotherapy regimens did not offer a statistically significant benefit in survival or overall tumour "
               "response compared with non-platinum-based regimens. However, platinum-based chemotherapy regimens did "
               "increase complete response rates, at the cost of higher adverse events including nausea and vomiting, "
               "anaemia and thrombocytopenia toxicity. These data suggest non-platinum chemotherapy regimens have a "
               "more advantageous risk-benefit profile. This systematic review highlights the lack of quality-of-life "
               "data in trials involving chemotherapy treatment for SCLC.")
    assert doc.conclusions[0] == 2 and not can_lead(doc.sentences[5])
    assert conclusion(doc)[0].text.startswith("Platinum-based chemotherapy regimens did not offer")


def test_a_claim_about_the_treatment_leads_over_one_about_the_evidence() -> None:
    # CD000270.pub2: "The evidence for CMHT based care is insubstantial …" is for "How sure we can be"; the authors'
    # claim about community mental health teams leads. "Too limited to allow conclusions" is still a verdict.
    from broker.plain.reading import read
    from broker.plain.verdict import conclusion
    doc = read("CMHT management reduced deaths (RR 0.49, 95% CI 0.1 to 2.2). Community mental health team management "
               "is not inferior to non-team standard care in any important respects and is superior in promoting "
               "greater acceptance of treatment. The evidence for CMHT based care is insubstantial considering the "
               "massive impact the drive toward community care has on patients, carers, clinicians and the community "
               "at large.")
    assert conclusion(doc)[0].text.startswith("Community mental health team management is not inferior")
    from broker.plain.kinds import EVIDENCE_ONLY
    assert not EVIDENCE_ONLY.match("evidence on the safety of lma for pdt is too limited to allow conclusions to be "
                                    "drawn.")


def test_a_conclusion_is_told_rather_than_no_finding(glossary: Glossary) -> None:
    # "No adequately controlled trials could be found to support …" is a verdict, not a wish for more trials.
    delirium = plain_entry("", abstracts.DELIRIUM, glossary=glossary)
    assert delirium.found.startswith("No well controlled trials could be found to support using benzodiazepines")
    assert "cannot be recommended" in delirium.found
    # "… whether or not …" says "whether": losing its "not" is no lost negation.
    plasma = plain_entry("", abstracts.PLASMA, glossary=glossary)
    assert plasma.found != NO_CONCLUSION and "whether" in plasma.found
    assert keeps_meaning("It is unclear whether or not X helps.", "It is unclear whether X helps.")
    assert not keeps_meaning("X does not help.", "X does help.")
    # "Promising, but further trials are required" is still the authors' verdict when it is all they say.
    promising = plain_entry("", "Four trials, enrolling 740 adults and children, met the inclusion criteria. The "
                            "results of these few trials of artemisinin-naphthoquine are promising, but further trials "
                            "from multiple settings are required to reliably demonstrate the relative efficacy and "
                            "safety compared to established ACTs.", glossary=glossary)
    assert promising.found.startswith("The results of these few trials of artemisinin-naphthoquine are promising. "
                                      "But further trials")


def test_the_authors_other_conclusions_follow_the_main_one(glossary: Glossary) -> None:
    # Lubeluzole: no benefit, and a clear harm; both halves are told.
    stroke = plain_entry("", abstracts.LUBELUZOLE, glossary=glossary)
    assert unglossed(stroke.found).startswith("Lubeluzole, given in the acute phase of ischaemic stroke, is not "
                                              "linked to a clear reduction of death or dependency")
    assert "clear increase of heart-conduction disorders" in stroke.found
    # Thyroid eye disease: the main finding, then the authors' second comparison.
    eyes = plain_entry("", abstracts.THYROID_EYE, glossary=glossary)
    assert unglossed(eyes.found).startswith("Orbital radiotherapy is more effective than sham radiotherapy")
    assert "steroid" in eyes.found
    for entry in (stroke, eyes):
        assert len(WORD.findall(entry.found)) <= 80
        assert_stands_alone(entry.studied, entry.found, entry.certainty)


def test_a_thin_news_item_says_what_it_is_and_invents_no_finding(glossary: Glossary) -> None:
    fund = (Source("The King's Fund: news", "The King's Fund", "https://example.org/news/1"),)
    entry = plain_entry("Social care funding: what the autumn statement means",
                        "The Chancellor set out new money for social care in England.",
                        glossary=glossary, sources=fund, link="https://example.org/news/1")
    assert entry.studied.startswith("A news item from The King's Fund about \u201cSocial care funding")
    assert entry.found == NO_RESULTS == "The source does not report research results."
    assert entry.certainty == ""
    bare = plain_entry("Letter: long waits for memory clinic assessment in rural areas", "", glossary=glossary)
    assert bare.studied.startswith("A letter or comment about") and bare.found == NO_RESULTS


def test_a_call_to_take_part_is_not_a_finding(glossary: Glossary) -> None:
    call = plain_entry("Join our advisory group", "We are looking for six carers to join our study advisory group. "
                       "Meetings are online. You will be paid for your time.", glossary=glossary,
                       kind="opportunities", sources=(Source("Get involved", "Research Together", ""),))
    assert call.studied.startswith("A chance to get involved in research from Research Together.")
    assert "six carers" in call.studied
    assert "not a report of research results" in call.found and call.certainty == ""


def test_when_no_conclusion_can_be_told_safely_it_says_less(glossary: Glossary) -> None:
    results_only = ("Scores were 12.1 in one group and 14.3 in the other (MD 2.2, 95% CI 0.4 to 4.0). "
                    "Pain was recorded at 6 weeks (RR 0.8, 95% CI 0.6 to 1.1). Sleep was recorded at 12 weeks "
                    "(MD 0.3, 95% CI -0.1 to 0.7). Falls were counted at 6 months (RR 1.1, 95% CI 0.9 to 1.4).")
    entry = plain_entry("", results_only, glossary=glossary)
    assert entry.found == NO_CONCLUSION


@pytest.mark.parametrize("title, abstract", [("", ""), ("   ", " \n "), ("", "."), ("", "(p < 0.05)"),
                                             ("", "RR 0.5, 95% CI 0.2 to 0.9."), ("", "1 2 3")])
def test_nothing_useful_never_crashes(glossary: Glossary, title: str, abstract: str) -> None:
    entry = plain_entry(title, abstract, glossary=glossary)
    assert entry.summary
    assert_plain(entry.summary, abstract)
    assert entry.study_type.key == ""


def test_no_number_that_is_not_in_the_source(glossary: Glossary) -> None:
    # Number words stay words, ranges and decimals are dropped with their statistics,
    # and no sentence with a number the source lacks can get in.
    source = ("Twelve trials with 1,554 women met our inclusion criteria. Pain fell by 2.5 points on average "
              "(95% CI 1.1 to 3.9) after twelve weeks. Three of the 12 trials were at high risk of bias. "
              "In total 40% of women had side effects compared with 35% on placebo (OR 1.24, p = 0.04). "
              "Acupuncture may reduce pain a little. We are uncertain about longer-term effects.")
    entry = plain_entry("", source, glossary=glossary)
    assert_plain(entry.summary, source)
    assert entry.studied == "This review looked at twelve trials with 1,554 women."
    assert entry.found.startswith("Acupuncture may reduce pain a little.")
    assert "weaknesses in how they were done" in entry.certainty  # "high risk of bias"


def test_a_curators_summary_wins_and_may_give_the_three_parts(glossary: Glossary) -> None:
    automatic = plain_entry("", UNSTRUCTURED, glossary=glossary)
    own = hand_written("What was studied: School anxiety classes.\nWhat was found: They helped a little.\n"
                       "How sure we can be: Fairly sure.", automatic, glossary)
    assert own.hand_written and own.study_type == automatic.study_type
    assert own.parts == (("What was studied", "School anxiety classes."), ("What was found", "They helped a little."),
                         ("How sure we can be", "Fairly sure."))
    plain = hand_written("Classes helped  children a little.\n", automatic, glossary)
    assert plain.parts == () and plain.summary == "Classes helped children a little."


def test_a_grade_in_quotes_and_a_grade_for_each_outcome_are_said_in_words(glossary: Glossary) -> None:
    # CD001241.pub7 (the fifth blind review): "The GRADE quality of evidence for primary outcomes was "moderate", …"
    # was read as a comment no rule could put in plain words.
    feeds = plain_entry("", abstracts_review6.SLOW_FEEDS_PRETERM, glossary=glossary)
    assert feeds.certainty.startswith("The evidence is fairly strong.")
    # CD009477.pub2: "… was 'moderate' for eradication rate of gastric H.pylori and 'low' for non-recurrence rate …":
    # the weak part must not be missed.
    pylori = plain_entry("", abstracts_review6.PERIODONTAL_PYLORI, glossary=glossary)
    assert pylori.certainty.startswith("The evidence is fairly strong for some results but weak for others.")


def test_although_is_never_cut_inside_the_clause_after_it(glossary: Glossary) -> None:
    # CD001949.pub3: "Although shortcomings … are evident, enough overall consistency … is present to confirm that
    # pimozide is a drug with benefit similar to that of other, more commonly used antipsychotic drugs …" came out
    # as "… similar to that of other. But more commonly used antipsychotic drugs …": the "Although" dropped and a
    # noun phrase cut in two.
    entry = plain_entry("", abstracts_review7.PIMOZIDE_SCHIZOPHRENIA, glossary=glossary)
    assert "that of other." not in entry.found
    assert "similar to that of other, more commonly used antipsychotic" in entry.found
    # Where the first comma closes the leading clause, "Although A, B." is still "A. But B.".
    assert split_clauses("Although the trials were small, the results were the same in all of them.") == [
        "The trials were small.", "But the results were the same in all of them."]
