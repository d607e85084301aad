"""Plain-language entries: the three parts, the rules they never break, study types, preprints and the glossary."""

from __future__ import annotations

import ast
import re
import tomllib
from pathlib import Path

import pytest

from broker.errors import ConfigError
from broker.models import PART_LABELS, Source
from broker.plain import (
    Glossary,
    Term,
    hand_written,
    merge_glossaries,
    parse_glossary,
    plain_entry,
    plain_rows,
    reading_grade,
)
from broker.plain.clauses import split_clauses
from broker.plain.entry import NO_CONCLUSION
from broker.plain.reading import LEANING
from broker.plain.simplify import clean, keeps_meaning, plain_sentences, simplify
from broker.plain.studytype import PREPRINT_FLAG, is_preprint, study_type
from broker.plain.text import split_sentences
from broker.plain.thin import NO_RESULTS

from . import abstracts

PACKAGE = Path(__file__).resolve().parent.parent / "broker"
PLAIN_MODULES = tuple(sorted(p.name for p in (PACKAGE / "plain").glob("*.py")))

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


def test_a_review_says_how_many_studies_and_how_sure_in_words(glossary: Glossary) -> None:
    entry = plain_entry("", UNSTRUCTURED, glossary=glossary)
    assert entry.studied.startswith("This review looked at 38 studies with 7,843 children.")
    # The conclusion keeps both halves, and its hedges: "may help", "we are uncertain".
    assert "School-based programmes may help children with anxiety" in entry.found
    assert "we are uncertain about their effects on depression" in entry.found
    assert "fairly confident" in entry.certainty  # moderate-certainty evidence, in words
    assert entry.study_type.key == "systematic-review"
    assert_plain(entry.summary, UNSTRUCTURED)


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
    assert entry.found.startswith("For multiple gestations, there is no evidence that cerclage is an effective "
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
    from broker.plain.verdict import is_meta
    for remark in ("We tried to address this variability and to reduce its potential biases by conducting three "
                   "separate main comparisons, as outlined above.",
                   "No studies using a neuropathological reference standard have directly addressed the common "
                   "clinical scenario.", "Editorial note: As a living systematic review, this review is continually "
                   "updated.", "We have very little confidence in the effect estimate."):
        assert is_meta(remark.lower()), remark
    assert not is_meta("no trials have shown a benefit of x.")


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
                                              "associated with a clear reduction of death or dependency")
    assert "clear increase of heart-conduction disorders" in stroke.found
    # Thyroid eye disease: the main finding, then the authors' second comparison.
    eyes = plain_entry("", abstracts.THYROID_EYE, glossary=glossary)
    assert unglossed(eyes.found).startswith("Orbital radiotherapy is more effective than sham radiotherapy")
    assert "steroid" in eyes.found
    for entry in (stroke, eyes):
        assert len(WORD.findall(entry.found)) <= 80
        assert_stands_alone(entry.studied, entry.found, entry.certainty)


def test_what_was_studied_names_the_treatment_and_who_from_the_conclusion(glossary: Glossary) -> None:
    # These abstracts have no title and no background: the subject comes from the authors' conclusion.
    delirium = plain_entry("", abstracts.DELIRIUM, glossary=glossary)
    assert unglossed(delirium.studied) == ("This review looked at only one trial. It was about benzodiazepines for "
                                "non-alcohol withdrawal related delirium in hospitalised patients.")
    eyes = plain_entry("", abstracts.THYROID_EYE, glossary=glossary)
    assert "orbital radiotherapy compared with sham radiotherapy for mild-to-moderate thyroid eye disease" \
        in unglossed(eyes.studied)
    stroke = plain_entry("", abstracts.LUBELUZOLE, glossary=glossary)
    assert stroke.studied == "This review looked at five trials with 3510 patients. It was about lubeluzole."
    # Who took part, as the source counts them: adults and children, not "740 adults".
    both = plain_entry("", "Four trials, enrolling 740 adults and children, met the inclusion criteria. The results "
                       "of these few trials of artemisinin-naphthoquine are promising, but further trials from "
                       "multiple settings are required to reliably demonstrate the relative efficacy and safety "
                       "compared to established ACTs.", glossary=glossary)
    assert both.studied.startswith("This review looked at four trials with 740 adults and children.")
    # A comparison only some of the trials made is said as such, not as what the whole review was about.
    quinine = plain_entry("", abstracts.QUININE, glossary=glossary)
    assert quinine.studied.startswith("This review looked at ten trials with 1417 children. Seven of the studies "
                                      "compared")
    assert "It was about" not in quinine.studied
    # A subject that would garble ("the safety of the therapy do not support its use") is not said at all.
    from broker.plain.reading import read
    from broker.plain.topic import subject
    source = ("We found no evidence that terbutaline pump maintenance therapy decreased adverse neonatal outcomes. "
              "Taken together with the lack of evidence of benefit, its substantial expense and the lack of "
              "information on the safety of the therapy do not support its use in the management of arrested "
              "preterm labour.")
    doc = read(source)
    assert subject(doc, doc.sentences[1:]) == ""
    assert subject(doc, doc.sentences[:1]) == "terbutaline pump maintenance therapy"
    # The subject is the treatment, never the evidence, a rating or an opening phrase (sentences from CD002243,
    # CD006356 and CD012197, each after a line that names the treatment again).
    for source, named in (
            ("Corticosteroids were given in 61 trials. Moderate-certainty evidence suggests that corticosteroids "
             "probably reduce 28-day and hospital mortality among patients with sepsis.",
             "corticosteroids in patients with sepsis"),
            ("Four trials used glucocorticoids. Even in the most conservative estimate, the evidence that "
             "glucocorticoids given in addition to standard therapy can substantially reduce the rate of erosion "
             "progression in rheumatoid arthritis is convincing.",
             "glucocorticoids given in addition to standard therapy"),
            ("Three trials used methylphenidate. Methylphenidate may demonstrate a benefit for apathy and may have "
             "slight benefits for cognition and functional performance in people with AD, but this finding is "
             "associated with low-quality evidence.", "methylphenidate")):
        doc = read(source)
        assert subject(doc, doc.sentences[1:]) == named


def test_how_sure_does_not_doubt_a_firm_conclusion_nor_warn_of_chance_where_there_is_no_difference(
        glossary: Glossary) -> None:
    # Lubeluzole: "no evidence that lubeluzole reduced death" needs no "could be down to chance", and a lack of
    # data for a subgroup analysis is not "only a few studies"; the clear harm is not played down.
    stroke = plain_entry("", abstracts.LUBELUZOLE, glossary=glossary)
    assert "chance" not in stroke.certainty and "few studies" not in stroke.certainty
    assert "not enough to be sure" not in stroke.certainty
    # Thyroid eye disease: the authors conclude firmly; a doubt about one comparison is not about the answer.
    eyes = plain_entry("", abstracts.THYROID_EYE, glossary=glossary)
    assert "not enough to be sure" not in eyes.certainty
    # Where the authors doubt the whole answer, it is said.
    delirium = plain_entry("", abstracts.DELIRIUM, glossary=glossary)
    assert "not enough to be sure" in delirium.certainty


def test_how_sure_says_only_the_ratings_the_source_gives(glossary: Glossary) -> None:
    from broker.plain.grade import grades
    # A wish or a lack is no rating: these once made an entry say "The evidence is strong".
    for text in ("There is a lack of high-quality evidence for the treatment.", "Until high quality evidence is "
                 "available, clinicians should decide case by case.", "High-quality evidence on other outcomes is "
                 "lacking.", "The main limitations in the quality of the evidence were high risk of bias."):
        assert grades(text) == [], text
    assert [(g.low, g.high) for _, g in grades("We judged the quality of the evidence to be 'low' to 'very low'.")] \
        == [("very low", "low")]
    one = plain_entry("", "No studies reported on A, however one ongoing study was identified. Sixteen studies (2266 "
                      "participants) comparing B with C were included. B reduced D compared with C (RR 0.77, 95% CI "
                      "0.67 to 0.90; high-certainty evidence). There is high-certainty evidence that B reduces D.",
                      glossary=glossary)
    assert one.studied.startswith("This review looked at sixteen studies with 2266 people.")
    assert "Only one study" not in one.certainty and "The evidence is strong." in one.certainty


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


def test_hard_words_and_abbreviations_are_explained_in_the_text_itself(glossary: Glossary) -> None:
    # Reviewers read the summary without the "Words explained" box: the hard words are explained in short
    # sentences of their own, each word once, at most three in an entry.
    delirium = plain_entry("", abstracts.DELIRIUM, glossary=glossary)
    assert "Benzodiazepines means sedative medicines. Delirium means sudden confusion." in delirium.studied
    assert "means sedative" not in delirium.found  # explained once is enough
    from broker.plain.jargon import MOST_EXPLAINED, explain, unexplained
    told = explain(["Maintenance therapy improved DFS in APL patients.", "COPD and IPC and gavage and FEV1 matter."],
                   "compression pneumatic")
    assert told[1].count(" means ") == MOST_EXPLAINED == 3
    assert "IPC means a sleeve that inflates to squeeze the leg." in told[1]
    # An abbreviation with two meanings is explained only where the source's words fit one of them.
    assert "PD means" in explain(["PD was slower."], "people with parkinson's disease")[0]
    assert "PD means" not in explain(["PD was slower."], "peritoneal dialysis")[0]
    # One the reader cannot know, and this module does not explain, is found, so it can be left out.
    assert unexplained("ILM peeling closed more holes than no peeling in the NHS.", "") == {"ILM"}
    # A subject named only by such an abbreviation is not said ("It was about TCHP.").
    from broker.plain.reading import read
    from broker.plain.topic import subject
    doc = read("Three trials compared TCHP with nitrates. There is currently insufficient evidence for TCHP in "
               "treating stable angina.")
    assert "TCHP" not in subject(doc, doc.sentences[1:])


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
    # A comma inside a list is no place to cut: "But preterm birth before 34 … is unavailable." is no sentence.
    heparin = ("While treatment with heparin for women considered to be at particularly high risk of adverse "
               "pregnancy complications secondary to placental insufficiency was associated with a statistically "
               "significant reduction in risk of perinatal mortality, preterm birth before 34 and 37 weeks' gestation, "
               "and infant birthweight below the 10th centile for gestational age when compared with no treatment for "
               "women considered at increased risk of placental dysfunction, to date, important information about "
               "serious adverse infant and long-term childhood outcomes is unavailable.")
    assert not any(p.startswith("But preterm") for p in plain_sentences(heparin))


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
