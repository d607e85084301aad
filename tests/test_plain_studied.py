"""Plain-language entries: what was studied (how many studies, about what) and how sure we can be."""

from __future__ import annotations

import tomllib

import pytest

from broker.plain import (
    Glossary,
    parse_glossary,
    plain_entry,
)
from broker.plain.counts import included
from broker.plain.entry import parts
from broker.plain.reading import read
from broker.plain.scope import counted_subject
from broker.plain.topic import other_subject, subject
from broker.plain.verdict import conclusion

from . import (
    abstracts,
    abstracts_more,
    abstracts_review5,
    abstracts_review6,
    abstracts_review7,
    abstracts_review8,
    abstracts_review9,
)
from .test_plain import PACKAGE, UNSTRUCTURED, assert_plain, unglossed


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return parse_glossary(tomllib.loads((PACKAGE / "glossary.toml").read_text(encoding="utf-8")))


# ---------------------------------------------------------------- what was studied

def test_a_review_says_how_many_studies_and_how_sure_in_words(glossary: Glossary) -> None:
    entry = plain_entry("", UNSTRUCTURED, glossary=glossary)
    assert entry.studied.startswith("This review looked at 38 studies with 7,843 children.")
    # The conclusion keeps both halves, and its hedges: "may help", "we are uncertain".
    assert "School-based programmes may help children with anxiety" in entry.found
    assert "the authors are uncertain about their effects on depression" in entry.found
    assert "fairly confident" in entry.certainty  # moderate-certainty evidence, in words
    assert entry.study_type.key == "systematic-review"
    assert_plain(entry.summary, UNSTRUCTURED)


def test_what_was_studied_names_the_treatment_and_who_from_the_conclusion(glossary: Glossary) -> None:
    # These abstracts have no title and no background: the subject comes from the authors' conclusion.
    delirium = plain_entry("", abstracts.DELIRIUM, glossary=glossary)
    assert unglossed(delirium.studied) == ("This review looked at only one trial. It was about benzodiazepines for "
                                "non-alcohol withdrawal related delirium in hospitalised patients.")
    eyes = plain_entry("", abstracts.THYROID_EYE, glossary=glossary)
    assert "orbital radiotherapy compared with sham radiotherapy for mild-to-moderate thyroid eye disease" \
        in unglossed(eyes.studied)
    stroke = plain_entry("", abstracts.LUBELUZOLE, glossary=glossary)
    assert stroke.studied == ("This review looked at five trials with 3510 patients. It was about lubeluzole. "
                              "Lubeluzole is a medicine.")
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
             "associated with low-quality evidence.", "methylphenidate in people with AD")):
        doc = read(source)
        assert subject(doc, doc.sentences[1:]) == named



def test_what_was_studied_says_what_it_was_for_and_in_whom_wherever_the_authors_say_it(glossary: Glossary) -> None:
    # A count alone is not what was studied: what the treatment was for, and who had it, come from the authors'
    # words ("to promote recovery after stroke"), from another closing sentence, or from where the people are named.
    stroke = plain_entry("", abstracts_more.SSRI_STROKE, glossary=glossary).studied
    assert "It was about SSRIs to promote recovery after stroke." in stroke
    lithium = plain_entry("", abstracts_more.LITHIUM, glossary=glossary).studied
    assert "It was about lithium in people with schizophrenia." in lithium
    for source, named in (
            # CD006622.pub2: the illness is named only in the conclusion's "for the treatment of …".
            ("Fifteen trials were included. Aripiprazole was compared with placebo and with other drugs. Aripiprazole "
             "may be effective for the treatment of schizophrenia.", "aripiprazole for schizophrenia"),
            # CD000200.pub2: "In patients with X, surgery …" names who, then the subject.
            ("Ten trials were included. Surgery added to medical management reduced deaths. In patients with "
             "primary supratentorial intracerebral haemorrhage, surgery added to medical management reduces the odds "
             "of being dead or dependent compared with medical management alone.",
             "surgery added to medical management in patients with primary supratentorial intracerebral haemorrhage"),
            # "appears to reduce stroke" is a finding, not what aspirin was given for (CD001925.pub2).
            ("Three trials tested aspirin. Aspirin appears to reduce stroke and major vascular events in patients with "
             "non-valvular AF.", "aspirin in patients with non-valvular AF"),
    ):
        doc = read(source)
        assert subject(doc, [doc.sentences[-1]]) == named, source
    # People counted for some of the studies only are not who the review was about (CD012499.pub2).
    doc = read("We included three studies, involving 105 participants. All were cross-over studies, one involving 19 "
               "participants with diverse neuropathic pain syndromes, the other two involving 86 participants with "
               "postherpetic neuralgia. All administered methadone orally, in doses ranging from 10 mg to 80 mg daily. "
               "There is very limited evidence that methadone reduces pain.")
    assert subject(doc, [doc.sentences[-1]]) == "methadone"
    # Who took part is not said twice: the count already says "people with chronic hepatitis C" (CD009182.pub2).
    doc = read("Seven trials with 538 people with chronic hepatitis C were included. Nitazoxanide was given with "
               "peginterferon. Nitazoxanide may increase sustained virological response in people with chronic "
               "hepatitis C.")
    assert subject(doc, [doc.sentences[-1]], known="seven trials with 538 people with chronic hepatitis C") == (
        "nitazoxanide")


def test_a_closing_sentence_may_name_the_subject_when_the_main_conclusion_does_not(glossary: Glossary) -> None:
    # CD004993.pub3 gives no count of studies; its conclusion names what was compared.
    entry = plain_entry("", abstracts_more.HYSTERECTOMY, glossary=glossary)
    assert entry.studied.startswith(
        "This research looked at subtotal hysterectomy compared with total abdominal hysterectomy.")
    # When the main conclusion names nothing, another closing claim may, if it names what the abstract speaks of
    # elsewhere too; an outcome ("Satisfaction with treatment …") or a process ("Demonstration of …") never.
    sutures = read("We included 18 trials with 10,171 women. Compared with catgut, synthetic sutures were associated "
                   "with less pain (RR 0.83, 95% CI 0.76 to 0.90). When catgut and glycerol impregnated catgut were "
                   "compared, results were similar for most outcomes. Catgut may increase short-term pain compared "
                   "with synthetic sutures.")
    assert other_subject(sutures, sutures.sentences[2:3]) == "catgut compared with synthetic sutures"
    satisfied = read("We included ten studies. Satisfaction with treatment was measured in all studies. Therapy "
                     "reduced headache (RR 0.8, 95% CI 0.7 to 0.9). There was no clear effect on other outcomes. "
                     "Satisfaction with treatment is described qualitatively and was overall positive.")
    assert other_subject(satisfied, satisfied.sentences[3:4]) == ""


def test_a_passive_could_not_be_compared_names_no_comparison(glossary: Glossary) -> None:
    # CD009774.pub2: "could not be compared directly or combined in meta-analyses due to differences" once gave
    # "It was about directly or combined in meta-analyses due compared with differences".
    entry = plain_entry("", "The review includes 17 studies from six countries (USA, UK, Australia, Canada, Thailand "
                            "and China), which recruited 919 children with ASD. Not all 17 studies could be compared "
                            "directly or combined in meta-analyses due to differences in the theoretical basis "
                            "underpinning interventions, the duration and intensity of interventions, and the outcome "
                            "measurement tools used.", glossary=glossary)
    assert "directly or combined" not in entry.studied



def test_what_was_studied_names_a_treatment_not_an_outcome_the_people_or_a_broken_clause() -> None:
    from broker.plain.topic import subject
    # Each source sentence is a review's conclusion (CD005028.pub3, CD001925.pub2, CD008893.pub3, CD011668.pub2,
    # CD003573.pub2), after a line that names the treatment again, as the abstract does.
    for source, named in (
            ("Corticosteroids were compared with vitamin D. Corticosteroids perform at least as well as vitamin D "
             "analogues, and they are associated with a lower incidence of local adverse events.", "corticosteroids"),
            ("Three trials tested aspirin. Aspirin appears to reduce stroke and major vascular events in patients with "
             "non-valvular AF similar to its effect in other high-risk patients (i.e. by about 25%).",
             "aspirin in patients with non-valvular AF"),
            ("Trials gave cocoa. However, baseline blood pressure may play a role in the effect of cocoa on blood "
             "pressure; subgroup analysis of trials with (pre)hypertensive participants revealed a greater blood "
             "pressure-reducing effect of cocoa compared to normotensive participants with borderline significance.",
             "cocoa"),
            ("Trials compared surgery. Late morbidity might be reduced following laparoscopic retroperitoneal "
             "adrenalectomy, but we are uncertain about this effect because of very low-quality evidence.", ""),
            ("Patients had COPD. Selected patients presenting to hospital emergency departments with acute "
             "exacerbations of COPD can be safely and successfully treated at home with support from respiratory "
             "nurses.", ""),
            # CD006819.pub2: "Patients treated with X may …": X is what was studied, not the patients.
            ("Four studies compared bicarbonate-buffered solutions with lactate. Patients treated with "
             "bicarbonate-buffered solutions may experience fewer cardiovascular events.",
             "bicarbonate-buffered solutions"),
            # CD010456.pub2: "the place of X" names X, as "the role of X" does.
            ("Trials tested water-based exercise. The small number of people in the three included studies means "
             "that we are unable to assess the place of water-based exercise in asthma.", "water-based exercise")):
        doc = read(source)
        assert subject(doc, doc.sentences[1:]) == named, source

# ---------------------------------------------------------------- how sure we can be

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


# ---------------------------------------------------------------- how many studies

@pytest.mark.parametrize("opening, said", [
    # CD005028.pub3: 48 were only the update's new trials.
    ("This update added 48 trials and provided evidence on 7 new active treatments. In total, the review included 177 "
     "randomised controlled trials, with 34,808 participants, including 26 trials of scalp psoriasis and 6 trials of "
     "inverse psoriasis, facial psoriasis, or both.", "177 trials with 34,808 people"),
    # CD003687: two were found, one was included.
    ("Of the two relevant studies that were identified in the literature, only one RCT met the inclusion criteria.",
     "only one trial"),
    # CD002007.pub4 and CD007114.pub2: what the search found is not what the review included.
    ("We identified 45 trials, of which eight trials (356 participants) comparing a single anti-pseudomonal agent to a "
     "combination of the same antibiotic and one other, were included.", "eight trials with 356 people"),
    ("We obtained full-text copies of nine potential studies and included five trials with a total of 244 "
     "participants in this review.", "five trials with 244 people"),
    # CD003834.pub3: a year is not a count, and "two further studies" is not the total.
    ("The update search in 2012 detected two further studies that met our inclusion criteria. We did not find any "
     "further studies that met our inclusion criteria in the 2015 search. This review now includes 22 studies, with "
     "a total of 763 participants (median mean age: 35 years, range: 26 to 72 years).", "22 studies with 763 people"),
    # CD009405.pub2: 337 professionals and 8400 patients: no guess at which count is "the people".
    ("We included five RCTs involving 337 healthcare professionals and 8400 patients; at least 3463 (41%) were from "
     "CALD backgrounds.", "five trials"),
    # CD011005.pub2: one drug study and three others; "three studies" would be wrong, so no number at all.
    ("We included one pharmacological (modafinil) study and three non-pharmacological studies (resistance exercise, "
     "respiratory exercise, and repetitive transcranial magnetic stimulation (rTMS)), involving a total of 86 "
     "participants with ALS/MND.", None),
    # CD010309.pub2: two trials identified, and a cohort study "was also included".
    ("Two RCTs in HIV-positive children aged 1 to 12 years were identified. One cohort study from South Africa, which "
     "compared the effect of delaying cART for up to 60 days in 573 HIV-positive children starting tuberculosis "
     "treatment (median age 3.5 years), was also included.", None),
    # CD007651.pub2, CD011756.pub2: counts from an earlier version, or of trials mostly still ongoing.
    ("In the original review, 13,841 records were identified and screened, 302 studies were assessed for eligibility, "
     "and 26 studies were included in the review.", None),
    ("We identified four trials eligible for inclusion, of which three are ongoing.", None),
    # CD011583.pub2, CD005170.pub2: an ongoing trial is no part of the total; a bracket does not hide a count.
    ("We included five trials (435 participants randomised) and one ongoing trial.", "five trials with 435 people"),
    ("22 short-term (<= 16 weeks) RCTs were included in the analysis (2519 participants).", "22 trials"),
    # CD007477.pub3: "(with 203 and 212 people)" are two studies' sizes, not the total.
    ("Two studies (with 203 and 212 people) comparing the efficacy and safety of deferasirox and deferoxamine after 12 "
     "months and 24 weeks, respectively, were included.", "two studies"),
    # CD001983: 221 patients were one arm; the total is not said.
    ("Nine trials met the inclusion criteria, including 221 patients randomized to calcitonin and 220 to placebo.",
     "nine trials"),
    ("We identified nine studies comprising 338,467 individuals randomised to screening and 405,919 individuals to the "
     "control groups.", "nine studies"),
    # CD002843.pub2: women and men after the total are how it splits, not a sum.
    ("We included 26 trials (17,578 participants, 9015 women and 8563 men).", "26 trials with 17,578 people"),
    # CD008523.pub2: five studies were identified, but only two gave usable data.
    ("Five studies (reported in 10 papers) were identified. However, three of the five studies provided un-usable "
     "data. Thus the data from only two studies (reported in seven papers) with 105 participants were included for "
     "this review.", None),
])
def test_a_study_count_comes_only_from_the_reviews_included_total(opening: str, said: str | None) -> None:
    total = included(read(opening).sentences)
    assert (total.text if total else None) == said


def test_a_review_with_trials_is_never_said_to_have_found_none(glossary: Glossary) -> None:
    # "No new trials were included for the 2017 update" is about the update, not the three trials (431 babies).
    steroids = plain_entry("", abstracts.INHALED_STEROIDS, glossary=glossary)
    assert "found none" not in steroids.studied and "three trials" in steroids.studied
    assert "no studies" not in steroids.certainty
    # Only one of the two studies found was included, so "How sure" says one, not two.
    stimulation = plain_entry("", abstracts.ELECTROSTIMULATION, glossary=glossary)
    assert stimulation.studied.startswith("This review looked at only one trial.")
    # "two electrostimulation (ES) protocols": a one-word long form spells ES out, so the subject can be named.
    assert "It was about electrostimulation" in stimulation.studied
    assert stimulation.found.startswith("Electrostimulation was shown to have")
    assert "Only one study was found." in stimulation.certainty


def test_how_sure_never_calls_studies_well_run_when_the_source_finds_fault(glossary: Glossary) -> None:
    # CD003094.pub3: "a paucity of good quality trials" is a lack, and the trials were small and often poor.
    anaemia = plain_entry("", "Many of the trials were from low-income countries; they were generally small and "
                          "frequently methodologically poor. Despite the high incidence and burden of disease "
                          "associated with this condition, there is a paucity of good quality trials assessing "
                          "clinical maternal and neonatal effects of iron administration in women with anaemia.",
                          glossary=glossary)
    assert "well run" not in anaemia.certainty
    assert "The studies were small. Some studies had weaknesses in how they were done." in anaemia.certainty
    # CD012224: "risk of bias was low in three" says nothing of the other 57 trials, 43 of them at high risk.
    cuff = plain_entry("", "We included 60 trials (3620 participants), although only 10 addressed the main "
                       "comparisons of interest. Overall risk of bias was low in three, unclear in 14 and high in 43 "
                       "trials. We judged it to be of high quality and found no clinically important differences "
                       "between groups in any outcome.", glossary=glossary)
    assert "well run" not in cuff.certainty and "weaknesses" in cuff.certainty
    # CD006849.pub3: "Sixteen (50%) studies were of good quality" says nothing of the other 16.
    half = plain_entry("", "A total of 32 studies involving 6075 patients with SCLC were included. Sixteen (50%) "
                       "studies were of good quality with a low risk of bias. Platinum-based regimens did not offer a "
                       "benefit in survival.", glossary=glossary)
    assert "well run" not in half.certainty


def test_how_sure_says_weak_evidence_whenever_the_source_rates_any_of_it_weak(glossary: Glossary) -> None:
    # CD012085: one result rests on moderate-quality evidence, the rest on low or very low, and "no firm
    # conclusions can be drawn": "The evidence is fairly strong" would mislead.
    back = plain_entry("", abstracts.BACK_PAIN, glossary=glossary)
    assert not back.certainty.startswith("The evidence is fairly strong.")
    assert "very weak" in back.certainty and "not enough to be sure" in back.certainty
    from broker.plain.certainty import grade_words
    from broker.plain.grade import Grade, grades, spread
    # CD008322.pub2: "ranged from moderate quality for A … to low quality for B" is a spread, not "moderate".
    assert spread([g for _, g in grades("The quality of the evidence ranged from moderate quality for physical "
                                        "activity interventions and Mediterranean diet to low quality for "
                                        "psychosocial interventions.")]) == Grade("low", "moderate")
    assert grade_words(Grade("very low", "moderate")) == ("The evidence is fairly strong for some results but very "
                                                          "weak for others. We cannot be sure of all of them.")


def test_how_sure_says_in_words_that_the_studies_were_poor(glossary: Glossary) -> None:
    # CD003418.pub2 once read "The source does not say how strong the evidence is".
    insulin = plain_entry("", "Twenty RCTs (mean trial duration 10 months) including 1,811 participants, with mean "
                          "age 59.8 years and mean known duration of diabetes 9.6 years. Overall, study methodological "
                          "quality was low. Bedtime NPH insulin combined with oral hypoglycaemic agents provides "
                          "comparable glycaemic control to insulin monotherapy and is associated with less weight gain "
                          "if metformin is used.", glossary=glossary)
    assert insulin.certainty == "Some studies had weaknesses in how they were done."
    # One trial of low quality: said of that one trial (CD003687, CD006851.pub2).
    for source in (abstracts.ELECTROSTIMULATION, abstracts.RAMSAY_HUNT):
        assert "The study had weaknesses in how it was done." in plain_entry("", source, glossary=glossary).certainty
    assert "The study was small." in plain_entry("", abstracts.RAMSAY_HUNT, glossary=glossary).certainty
    # "Not said" only when the source truly says nothing about its evidence (CD004754.pub2); a remark it makes
    # that no rule here can put in words (CD001983's quality score) sends the reader to the source instead.
    stones = ("Five studies (316 adult patients) were included. There is some evidence that in patients with "
              "idiopathic hypercalciuria and recurrent stones, the addition of thiazides to a normal or modified diet "
              "for short to long periods (five months to three years) reduced the number of stone recurrences and "
              "decreased the stone formation rate.")
    assert plain_entry("", stones, glossary=glossary).certainty == "The source does not say how strong the evidence is."
    scored = stones.replace(" were included. ", " were included. The median methodologic quality was two out of a "
                            "maximum of five points. ")
    assert plain_entry("", scored, glossary=glossary).certainty.startswith("The source discusses how strong")


def test_how_sure_hears_quality_said_in_other_words(glossary: Glossary) -> None:
    # "methodological weakness" (one word, not "weaknesses") and "problems of method" find fault with the studies.
    utis = plain_entry("", abstracts_more.UTI_ANTIBIOTICS, glossary=glossary)
    assert "Some studies had weaknesses in how they were done." in utis.certainty
    method = ("Twenty-two trials evaluating 1409 patients were included. All trials had problems of method. Shunt "
              "therapy reduced rebleeding. No survival advantage was demonstrated with any shunt.")
    assert "weaknesses in how they were done" in plain_entry("", method, glossary=glossary).certainty
    # "The current evidence on the added value of ACR in the management of FL is limited": the authors' word on the
    # evidence for the whole question is said, though they rate their trials moderate.
    assert "The authors say the evidence is not enough to be sure." in plain_entry(
        "", abstracts_more.ANTHRACYCLINES, glossary=glossary).certainty
    # "Insubstantial" evidence is never "not said", even beside a firm conclusion.
    team = ("We included three trials with 587 people. Community mental health team management is not inferior to "
            "non-team standard care in any important respects. The evidence for community team based care is "
            "insubstantial considering its impact.")
    unsure = "The authors say the evidence is not enough to be sure."
    assert plain_entry("", team, glossary=glossary).certainty == unsure
    # Evidence that is thin on one outcome only says nothing of the whole answer (CD005215.pub3).
    narrow = ("Twelve trials were included. Youth development programmes appear to reduce unintended pregnancy among "
              "adolescents. Evidence for programme effects on biological measures is limited.")
    assert "not enough to be sure" not in plain_entry("", narrow, glossary=glossary).certainty


def test_a_review_says_whom_the_treatment_was_given_to_where_its_authors_sum_it_up(glossary: Glossary) -> None:
    # CD004659.pub3: "Administering low-dose aspirin to pregnant women led to small-to-moderate benefits": "40,249
    # women" alone does not say they were pregnant.
    entry = plain_entry("", abstracts_review5.ASPIRIN_PREGNANCY, glossary=glossary)
    assert "in pregnant women" in entry.studied


def test_a_review_says_what_all_its_participants_had(glossary: Glossary) -> None:
    # CD008125.pub2: "All participants had schizophrenia that was either treatment-resistant or …".
    entry = plain_entry("", abstracts_review5.SULPIRIDE, glossary=glossary)
    assert "sulpiride plus clozapine in people with schizophrenia" in entry.studied


def test_who_comes_from_another_closing_sentence_on_the_same_treatment(glossary: Glossary) -> None:
    # CD007137.pub5: the lead names no one, but the authors' summing up says "… in preterm infants".
    entry = plain_entry("", abstracts_review5.LACTOFERRIN, glossary=glossary)
    assert "lactoferrin" in entry.studied.lower() and "in preterm babies" in entry.studied


def test_people_named_by_an_abbreviation_or_by_the_treatment_they_got_are_not_who_a_review_was_about() -> None:
    # "OA people with …" reads as a code; "people with chronic plaque psoriasis receiving long-term treatment with
    # corticosteroids" (CD005028.pub3) are the people of one question the review left open.
    doc = read("We included 177 randomised controlled trials with 34,808 participants. Corticosteroids perform at "
               "least as well as vitamin D analogues, and they are associated with a lower incidence of local adverse "
               "events. However, for people with chronic plaque psoriasis receiving long-term treatment with "
               "corticosteroids, there remains a lack of evidence about the risk of skin dermal atrophy.")
    assert "receiving" not in subject(doc, [doc.sentences[1]]) and "getting" not in subject(doc, [doc.sentences[1]])


def test_a_treatment_only_a_few_of_the_studies_tested_is_not_what_the_whole_review_was_about(
        glossary: Glossary) -> None:
    # CD012197.pub2: 21 studies of drugs for apathy, "three with methylphenidate"; CD006832.pub3: five trials, "Two
    # trials compared intensive insulin therapy …". Neither review was about that one treatment alone.
    apathy = plain_entry("", abstracts_review5.APATHY_DRUGS, glossary=glossary).studied
    assert "21 studies" in apathy and "Some of the studies looked at methylphenidate" in apathy
    assert "It was about methylphenidate" not in apathy
    insulin = plain_entry("", abstracts_review5.CRITICAL_ILLNESS, glossary=glossary).studied
    assert "Some of the studies looked at intensive insulin therapy" in insulin
    # CD003162.pub3: "Five studies compared the Epley manoeuvre against a sham manoeuvre, three against other …
    # and three against a control": all 11 tested it.
    epley = plain_entry("", abstracts_review5.EPLEY, glossary=glossary).studied
    assert "It was about the Epley manoeuvre" in epley


def test_how_sure_reads_fault_said_as_studies_that_had_a_high_risk_of_bias_or_lacked_details(
        glossary: Glossary) -> None:
    # CD004415.pub2: "… and half of the studies had a high risk of reporting bias" is a weakness, and "Most of the
    # studies lacked descriptions of some methodological details" alone leaves how well they were run unclear;
    # neither sends the reader to a link that a print-out or a plain-text email does not have.
    opening = ("We included 83 RCTs with 10,036 participants. Imiquimod cleared more lesions than placebo (RR 7.70, "
               "95% CI 4.73 to 12.52). For individual lesions, photodynamic therapy appears more effective and has a "
               "better cosmetic outcome than cryotherapy. ")
    weak = plain_entry("", opening + "Most of the studies lacked descriptions of some methodological details, such as "
                       "the generation of the randomisation sequence or allocation concealment, and half of the "
                       "studies had a high risk of reporting bias.", glossary=glossary)
    assert "Some studies had weaknesses in how they were done." in weak.certainty
    unclear = plain_entry("", opening + "Most of the studies lacked descriptions of some methodological details, such "
                          "as the generation of the randomisation sequence.", glossary=glossary)
    assert "We cannot tell how well some studies were done." in unclear.certainty
    for entry in (weak, unclear):
        assert "link" not in entry.summary.lower()


def test_a_review_of_hospital_smokers_says_so(glossary: Glossary) -> None:
    # CD001837.pub3: the fourth blind review: "Never mentions smoking or hospital patients and says the review was
    # about adding bupropion/varenicline".
    entry = plain_entry("", abstracts_review5.SMOKERS_IN_HOSPITAL, glossary=glossary)
    assert "bupropion" not in entry.studied and "hospitalised patients" in entry.studied


def test_other_aids_named_as_a_subject_are_said_without_the_other(glossary: Glossary) -> None:
    # CD005231.pub3: "… to support the use of other harm reduction aids": the review looked at harm reduction aids.
    entry = plain_entry("", abstracts_review5.HARM_REDUCTION, glossary=glossary)
    assert "harm reduction aids" in entry.studied and "other harm" not in entry.studied


def test_a_review_names_its_subject_from_suggesting_that_and_from_what_interventions_were_used_to_do() -> None:
    # CD009858.pub2: "We found some very low-quality evidence, from single studies, suggesting that rubber dam usage
    # … may lead to a lower failure rate …, compared with the failure rate …": the subject, and "the failure rate"
    # is an outcome, never what it was set against.
    dam = read("We included four studies that analysed 1270 participants. Rubber dam usage was compared with cotton "
               "rolls in three studies. The failure rate was lower with rubber dam usage (RR 0.80, 95% CI 0.66 to "
               "0.97). We found some very low-quality evidence, from single studies, suggesting that rubber dam usage "
               "in dental direct restorative treatments may lead to a lower failure rate of the restorations, compared "
               "with the failure rate when cotton rolls are used.")
    named = subject(dam, [dam.sentences[3]])
    assert named.startswith("rubber dam usage") and "failure rate" not in named
    # CD006782.pub2: "… the effectiveness of interventions used to prevent hamstring injuries in people …".
    hamstring = read("Seven randomised controlled trials involving 1919 participants were included. Six trials tested "
                     "interventions to prevent hamstring injuries in football players. There is insufficient evidence "
                     "from randomised controlled trials to draw conclusions on the effectiveness of interventions used "
                     "to prevent hamstring injuries in people participating in football or other high risk "
                     "activities for these injuries.")
    assert subject(hamstring, [hamstring.sentences[2]]).startswith("interventions used to prevent hamstring injuries")


def test_what_a_treatment_was_for_is_read_from_relief_from_and_a_treatment_for() -> None:
    # CD008116.pub3: "Current evidence does not support the use of intranasal corticosteroids for symptomatic relief
    # from the common cold."
    cold = read("We included three trials (353 participants). Two trials compared intranasal corticosteroids to "
                "placebo and one trial compared intranasal corticosteroids to usual care. Current evidence does not "
                "support the use of intranasal corticosteroids for symptomatic relief from the common cold.")
    assert subject(cold, [cold.sentences[2]]) == "intranasal corticosteroids for the common cold"
    # CD009695.pub2: "… do not support the use of psychostimulant medications at the tested doses as a replacement
    # therapy for amphetamine abuse or dependence": the whole of what it was for, not cut at its "or".
    stimulants = read("We included eleven studies with 791 participants. Psychostimulant medications did not reduce "
                      "amphetamine use. Results of this review do not support the use of psychostimulant medications "
                      "at the tested doses as a replacement therapy for amphetamine abuse or dependence.")
    assert subject(stimulants, [stimulants.sentences[2]]).endswith("for amphetamine abuse or dependence")


def test_the_effects_of_any_of_the_interventions_names_no_subject() -> None:
    # CD011005.pub2: "We cannot be certain about the effects of any of the interventions studied because of
    # imprecision (small numbers of participants, wide CI), …" names no treatment.
    doc = read("We included two trials with 86 participants. Modafinil did not clearly reduce fatigue. We cannot be "
               "certain about the effects of any of the interventions studied because of imprecision (small numbers "
               "of participants, wide CI), and possible study limitations.")
    assert "any of" not in subject(doc, [doc.sentences[2]])


def test_an_effective_intervention_for_says_what_it_was_for() -> None:
    # CD007675.pub2: "… interactive computer-based interventions are an effective intervention for weight loss and
    # weight maintenance."
    doc = read("We included 14 studies with 2537 participants. Computer-based interventions led to more weight loss "
               "than minimal interventions (MD -1.5 kg, 95% CI -2.1 to -0.9). Compared to no intervention or minimal "
               "interventions, interactive computer-based interventions are an effective intervention for weight loss "
               "and weight maintenance.")
    assert subject(doc, [doc.sentences[2]]).endswith("for weight loss and weight maintenance")


def test_our_review_concludes_that_names_the_subject_after_it() -> None:
    # CD004126.pub3: "Our review concludes that preventive α-2 adrenergic agonists mostly do not prevent …".
    doc = read("We included 47 trials with 17,039 participants. Alpha-2 adrenergic agonists did not reduce deaths "
               "(RR 0.89, 95% CI 0.70 to 1.14). Our review concludes that preventive α-2 adrenergic agonists mostly "
               "do not prevent perioperative death or major cardiac complications.")
    assert subject(doc, [doc.sentences[2]]) == "preventive α-2 adrenergic agonists"


def test_a_garbled_design_sentence_is_not_told_again(glossary: Glossary) -> None:
    # CD009403.pub2 (the fourth blind review): "Nine studies compared 1354 participants randomised to either vitamin
    # B or its derivatives with placebo or active control were identified." has two main verbs.
    entry = plain_entry("", "Nine studies compared 1354 participants randomised to either vitamin B or its derivatives "
                        "with placebo or active control were identified. Thiamine reduced albuminuria in one study "
                        "(MD -12.4, 95% CI -20.1 to -4.7). There is an absence of evidence to recommend the use of "
                        "vitamin B therapy alone or combination for delaying progression of diabetic kidney disease.",
                        glossary=glossary)
    assert "were found" not in entry.studied and "were identified" not in entry.studied
    assert entry.studied.startswith("This review looked at nine studies")


def test_what_it_was_for_is_not_said_again_as_who_it_was_for() -> None:
    # CD001929.pub3: "… massage is an effective treatment for LBP" and, of some participants, "… in participants with
    # sub-acute and chronic LBP": "massage for LBP in people with sub-acute and chronic LBP" says it twice.
    doc = read("We included 25 trials with 3096 participants. Massage was better for pain in the short term (SMD "
               "-0.37, 95% CI -0.62 to -0.13). We have very little confidence that massage is an effective treatment "
               "for LBP. Functional improvement was observed in participants with sub-acute and chronic LBP when "
               "compared with inactive controls, but only for the short-term follow-up.")
    named = subject(doc, [doc.sentences[2], doc.sentences[3]])
    assert named.count("LBP") == 1 and named.startswith("massage for LBP")


def test_a_subject_is_read_from_the_clause_before_the_main_one_and_without_its_however() -> None:
    # CD008190.pub2: "Whilst the data may suggest the potential use of appetite stimulants in treating anorexia in
    # adults and children with cystic fibrosis, this is based upon moderate quality data …".
    doc = read("We included three trials with 47 participants. Appetite stimulants increased weight (MD 3.1 kg, 95% "
               "CI 0.9 to 5.3). Whilst the data may suggest the potential use of appetite stimulants in treating "
               "anorexia in adults and children with cystic fibrosis, this is based upon moderate quality data from a "
               "small number of trials.")
    assert subject(doc, [doc.sentences[2]]).startswith("appetite stimulants for anorexia")
    # CD011831.pub2: "Penfluridol, however, may confer advantage by needing to be given only once per week."
    doc = read("We included three studies with 130 participants. Penfluridol was compared with other antipsychotics. "
               "Penfluridol, however, may confer advantage by needing to be given only once per week.")
    assert subject(doc, [doc.sentences[2]]) == "penfluridol"


def test_a_subject_is_read_from_a_body_of_evidence_on_and_a_difference_between() -> None:
    # CD011668.pub2, CD000940.pub3, CD006778.pub2
    doc = read("We included five trials with 244 participants. Laparoscopic retroperitoneal adrenalectomy took less "
               "time (MD -20 min, 95% CI -35 to -5). The body of evidence on laparoscopic retroperitoneal "
               "adrenalectomy compared with laparoscopic transperitoneal adrenalectomy is limited.")
    assert subject(doc, [doc.sentences[2]]).startswith("laparoscopic retroperitoneal adrenalectomy compared with")
    doc = read("We included four trials with 422 women. Magnesium maintenance therapy did not reduce preterm birth "
               "(RR 1.05, 95% CI 0.80 to 1.40). There is not enough evidence to show any difference between magnesium "
               "maintenance therapy compared with either placebo or no treatment in preventing preterm birth.")
    assert subject(doc, [doc.sentences[2]]).startswith("magnesium maintenance therapy")
    doc = read("Five trials with 3821 patients were included. Tirilazad did not reduce deaths (OR 1.04, 95% CI 0.85 to "
               "1.27). There is no evidence that tirilazad, in addition to nimodipine, reduces mortality in patients "
               "with aneurysmal subarachnoid haemorrhage.")
    assert subject(doc, [doc.sentences[2]]).startswith("tirilazad")


def test_interventions_that_may_increase_x_are_interventions_to_increase_x() -> None:
    # CD007131.pub4 (the fourth blind review): "Interventions may increase cardiac rehabilitation enrolment, adherence
    # and completion; however …". "Interventions" alone names nothing; what the authors say they may do does.
    doc = read("Overall, we included 26 studies with 5299 participants. Sixteen studies reported interventions to "
               "improve enrolment in cardiac rehabilitation. Enrolment was higher with the interventions (RR 1.27, 95% "
               "CI 1.13 to 1.42). Interventions may increase cardiac rehabilitation enrolment, adherence and "
               "completion; however the quality of evidence was low to moderate.")
    assert subject(doc, [doc.sentences[3]]) == "interventions to increase cardiac rehabilitation enrolment"
    # Not "therapies to reduce headache severity post-treatment" from "We found one helpful effect of therapies to
    # reduce headache severity post-treatment" (CD011118.pub3): there the verb is the finding's, not the subject's.
    doc = read("We included 10 studies with 697 participants. Therapies reduced headache severity (SMD -0.5, 95% CI "
               "-0.9 to -0.1). We found one helpful effect of therapies to reduce headache severity post-treatment.")
    assert "reduce headache" not in subject(doc, [doc.sentences[2]])


def test_a_list_of_drugs_is_never_cut_into_nonsense() -> None:
    # CD008320.pub3: "… whether drug treatment with hydroxyzine hydrochloride, pentoxifylline, triamcinolone or
    # indomethacin reduces pruritus …" once became "hydroxyzine hydrochloride triamcinolone or indomethacin".
    doc = read("We included 50 studies with 1916 participants. Drug treatments reduced itching (SMD -0.4, 95% CI -0.7 "
               "to -0.1). For people with HIV-associated pruritus, it is uncertain whether drug treatment with "
               "hydroxyzine hydrochloride, pentoxifylline, triamcinolone or indomethacin reduces pruritus.")
    assert "hydrochloride triamcinolone" not in subject(doc, [doc.sentences[2]])
    # An aside is still dropped: "folic acid, with or without vitamin B12, has …" names folic acid.
    doc = read("We included eight trials. Folic acid did not improve cognition (SMD 0.1, 95% CI -0.1 to 0.3). The "
               "small number of studies provide no consistent evidence that folic acid, with or without vitamin B12, "
               "has a beneficial effect on cognitive function of older people.")
    assert subject(doc, [doc.sentences[2]]).startswith("folic acid")


def test_this_updated_review_does_not_lean() -> None:
    # CD002806.pub2: "This updated of the review (D'Angelo 2002) has showed that there is insufficient evidence …".
    assert not read("This updated of the review has showed that there is insufficient evidence to support routine "
                    "cryopreservation.").sentences[0].leans


def test_who_may_be_named_in_up_to_five_words_but_never_by_what_was_done_to_them() -> None:
    # CD012413.pub2: "… to support or refute high-volume enteral feeds in preterm or low birth weight infants".
    doc = read("We included one trial with 64 infants. High-volume feeds increased weight gain (MD 6.2 g/kg/day, 95% "
               "CI 2.4 to 10.0). Hence, available evidence is insufficient to support or refute high-volume feeds in "
               "preterm or low birth weight infants.")
    assert subject(doc, [doc.sentences[2]]).endswith("in preterm or low birth weight infants")
    # CD004026.pub2: "… in treating acutely ill psychiatric patients" is what was done, not who they were.
    doc = read("We included ten trials with 2685 people. Day hospital care was as good as inpatient care (RR 1.0, 95% "
               "CI 0.9 to 1.1). Caring for people in acute day hospitals is as effective as inpatient care in treating "
               "acutely ill psychiatric patients.")
    assert "in treating" not in subject(doc, [doc.sentences[2]])


def test_people_a_review_says_it_did_not_study_are_never_who_it_was_about() -> None:
    # CD012352.pub2: "This review did not investigate the effects of screening people with a history of malignant
    # melanoma or in people with a genetic disposition for malignant melanoma."
    doc = read("We included two studies with 64,391 participants. Screening found more melanomas (RR 1.4, 95% CI 1.1 "
               "to 1.8). Adult general population screening for malignant melanoma is not supported or refuted by "
               "current evidence from RCTs. This review did not investigate the effects of screening people with a "
               "history of malignant melanoma or in people with a genetic disposition for malignant melanoma.")
    named = subject(doc, [doc.sentences[2]])
    assert named.startswith("adult general population screening") and "genetic" not in named


def test_the_subject_is_read_from_no_evidence_supporting_x(glossary: Glossary) -> None:
    # CD006425.pub4: "There was no conclusive evidence supporting any antenatal BF education for improving …" names
    # the subject; "any" is dropped, since "It was about any before birth breastfeeding education" reads oddly.
    entry = plain_entry("", abstracts_review6.ANTENATAL_BREASTFEEDING, glossary=glossary)
    assert unglossed(entry.studied) == ("This review looked at 24 studies with 10,056 women. It was about "
                                        "breastfeeding education before birth.")


def test_the_subject_is_read_from_a_conclusion_once_its_sub_heading_is_gone(glossary: Glossary) -> None:
    # CD003480.pub3: with "Implications for practice" run into it, the conclusion named no subject and an outcome
    # ("the reduction of transient renal impairment") was said to be what the review was about.
    entry = plain_entry("", abstracts_review6.INDOMETHACIN_COURSE, glossary=glossary)
    assert entry.studied.startswith("This review looked at five trials with 431 infants. It was about prolonged "
                                    "indomethacin course for PDA in preterm babies.")  # "the treatment of PDA"


def test_the_subject_stops_before_remains(glossary: Glossary) -> None:
    # CD003703.pub3: "… the current evidence to recommend supplementation of critically ill patients with selenium or
    # ebselen remains disputed" names its subject before "remains"; the entry gave only a count.
    entry = plain_entry("", abstracts_review6.SELENIUM_CRITICAL, glossary=glossary)
    assert unglossed(entry.studied) == ("This review looked at 16 trials with 2084 people. It was about "
                                        "supplementation of critically ill patients with selenium or ebselen. "
                                        "Ebselen is a medicine.")


def test_a_medicine_named_with_its_dose_is_a_subject(glossary: Glossary) -> None:
    # CD011474.pub2: "Ibuprofen 400 mg provides an important benefit …": the number is the medicine's dose, so it
    # says what it measures; the entry gave only a count. "a single 30 mg dose" still names nothing.
    entry = plain_entry("", abstracts_review6.IBUPROFEN_TTH, glossary=glossary)
    assert unglossed(entry.studied) == ("This review looked at 12 studies. It was about ibuprofen 400 mg in people "
                                        "with frequent episodic tension-type headache.")
    doc = read("We included two trials. A single 30 mg dose reduced pain (RR 0.5, 95% CI 0.3 to 0.8). A single 30 mg "
               "dose may reduce pain.")
    assert not subject(doc, conclusion(doc))


def test_the_subject_is_read_from_support_for_x(glossary: Glossary) -> None:
    # CD005372.pub2: "This review provides little support for oxygen supplementation during exercise training for
    # individuals with COPD …": the entry gave only a count.
    entry = plain_entry("", abstracts_review6.OXYGEN_COPD_EXERCISE, glossary=glossary)
    # (the clarity pass may say "oxygen supplementation" as "extra oxygen")
    assert entry.studied.startswith("This review looked at five trials. It was about ")
    assert "oxygen" in entry.studied and "in people with COPD." in entry.studied


def test_what_all_the_counted_studies_examined_names_the_subject(glossary: Glossary) -> None:
    # CD003465: "Three randomised controlled trials were found examining oral antidepressant medications in
    # Parkinson's disease in a total of 106 patients" says what all three examined; the entry gave only a count.
    entry = plain_entry("", abstracts_review6.ANTIDEPRESSANTS_PARKINSONS, glossary=glossary)
    assert unglossed(entry.studied) == ("This review looked at three trials. It was about oral antidepressant "
                                        "medicines in Parkinson's disease.")
    # "… one type of COX inhibitor (rofecoxib) for preventing preterm birth": cut at a bracket, it would say too little.
    doc = read("We included one randomised trial (involving 98 women) that evaluated the effectiveness of one type of "
               "COX inhibitor (rofecoxib) for preventing preterm birth.")
    assert counted_subject(doc, doc.sentences[0]) == ""


def test_a_review_counting_its_people_from_all_its_studies_says_both(glossary: Glossary) -> None:
    # CD004466.pub3: "This update included 592 participants from seven studies (two new and …)": the entry said
    # nothing at all of what was studied. Papers are not studies: "… from nine publications" gives no count.
    entry = plain_entry("", abstracts_review6.SPIROMETRY_CABG, glossary=glossary)
    assert entry.studied.startswith("This review looked at seven studies with 592 people.")
    assert included(read("We included 120 participants from nine publications. A was better than B.").sentences) \
        is None


def test_a_count_after_a_semicolon_is_the_included_total_not_the_search_haul(glossary: Glossary) -> None:
    # CD002201.pub5: "The searches identified 15 studies; four studies with 91 participants … were included": the
    # entry said the review looked at 15 studies, overstating the evidence four-fold.
    entry = plain_entry("", abstracts_review7.OMEGA3_CYSTIC_FIBROSIS, glossary=glossary)
    assert entry.studied.startswith("This review looked at four studies with 91 people.")
    assert "15" not in entry.studied


def test_the_subject_is_read_from_trials_of_x(glossary: Glossary) -> None:
    # CD011547: "The results of these few trials of artemisinin-naphthoquine are promising, but … compared to
    # established ACTs": the entry gave only a count.
    entry = plain_entry("", abstracts_review7.ARTEMISININ_NAPHTHOQUINE, glossary=glossary)
    assert entry.studied.startswith("This review looked at four trials with 740 adults and children. It was about "
                                    "artemisinin-naphthoquine compared with established ")


def test_the_two_treatments_between_which_no_difference_was_found_are_the_subject(glossary: Glossary) -> None:
    # CD001769.pub4: "We have not found evidence that a clear difference exists between valproate and phenytoin for
    # any of the outcomes …": the entry said the review was about "current treatment policies", from a side line.
    entry = plain_entry("", abstracts_review7.VALPROATE_PHENYTOIN, glossary=glossary)
    assert entry.studied.startswith("This review looked at 11 trials with 669 people. It was about valproate compared "
                                    "with phenytoin.")
    # CD007752.pub3: "no difference between levothyroxine therapy and a control for treating pregnant euthyroid
    # women …": the entry gave only a count.
    entry = plain_entry("", abstracts_review7.LEVOTHYROXINE_PREGNANCY, glossary=glossary)
    assert entry.studied.startswith("This review looked at four trials with 362 women. It was about levothyroxine "
                                    "therapy compared with a control in pregnant women with normal thyroid function "
                                    "with thyroid peroxidase antibodies.")
    # "no difference between the two groups" names neither.
    doc = read("We included five trials. There was no difference between the two groups for any outcome.")
    assert subject(doc, doc.sentences[1:]) == ""


def test_what_the_treatment_was_for_is_read_from_a_plain_sentence_that_names_it(glossary: Glossary) -> None:
    # CD010968.pub2: the closing sentences never say what alemtuzumab was for, but "All trials compared alemtuzumab …
    # versus IFN beta 1a for treating RRMS" does; the entry said only "It was about alemtuzumab."
    entry = plain_entry("", abstracts_review7.ALEMTUZUMAB_MS, glossary=glossary)
    # Its verdict names how it was given ("annual intravenous cycles of alemtuzumab at a dose of 12 mg per day").
    assert "It was about annual intravenous cycles of alemtuzumab for relapsing multiple sclerosis." in entry.studied
    # "… more frequently in the treatment group in only one trial …" names an arm, not what it was for.
    doc = read("We included five trials. Side effects occurred more frequently in the treatment group in one trial "
               "evaluating tirilazad at high dose. There is no evidence that tirilazad reduces deaths.")
    assert "group" not in subject(doc, doc.sentences[2:])


def test_an_age_range_is_said_whole_or_not_at_all() -> None:
    # CD001912.pub4: "401 people aged zero" (cut at "to") told a blind reviewer that every child was a newborn.
    def told(text: str) -> str:
        total = included(read(text + " A was better than B.").sentences)
        assert total is not None
        return total.text
    assert told("We included four studies, with a total of 401 randomised participants aged zero to seven years on "
                "enrolment; one study is ongoing.") == "four studies with 401 people aged zero to seven years"
    assert told("We included 40 studies with 140,000 women aged between 20 and 70 years old.").endswith(
        "140,000 women aged between 20 and 70 years old")
    assert told("We included seven trials with 691 participants aged 60 years or older.").endswith(
        "691 people aged 60 years or older")
    assert told("We included three trials with 200 children aged 2 to 5 years and their parents.").endswith(
        "200 children aged 2 to 5 years")


def test_a_benefit_for_a_small_number_of_people_is_not_small_studies(glossary: Glossary) -> None:
    # CD011474.pub2: twelve studies of some 3,000 people; "for a small number of people" says who gains, and a blind
    # reviewer called "The studies were small." unsupported.
    headache = plain_entry("", "We included 12 studies with 3094 participants. Ibuprofen 400 mg provides an "
                           "important benefit in terms of being pain free at 2 hours for a small number of people with "
                           "frequent episodic tension-type headache who have an acute headache with moderate or severe "
                           "initial pain.", glossary=glossary)
    assert "small" not in headache.certainty
    few = plain_entry("", "We included 12 studies, each with a small number of participants. Ibuprofen 400 mg "
                      "provides an important benefit in terms of being pain free at 2 hours for people with frequent "
                      "episodic tension-type headache who have an acute headache with moderate or severe initial "
                      "pain.", glossary=glossary)
    assert "The studies were small." in few.certainty


def test_a_treatment_from_one_comparison_of_many_is_what_some_studies_looked_at() -> None:
    # CD012236.pub2: "The studies analysed 13 different comparisons", and omega-3 was tested in one (1 RCT, 81
    # participants); "It was about omega-3 fatty acids" made the 20 studies and 2151 people seem to back it.
    studied, _, _ = parts("", abstracts_review8.PSYCHOSIS_PREVENTION)
    assert studied.startswith("This review looked at 20 studies with 2151 people. "
                              "Some of the studies looked at omega-3 fatty acids.")
    assert "It was about omega-3" not in studied
    # A review whose count names the treatment is about it, whatever its comparisons.
    studied, _, _ = parts("", "After an update search in 2012 the review now includes 30 studies testing different "
                          "forms of acupuncture across six different comparisons. When acupuncture was compared with "
                          "antipsychotic drugs, people were less likely to get worse (n = 88, 1 RCT, RR 0.52 CI 0.34 "
                          "to 0.80, low quality evidence). Limited evidence suggests that acupuncture may have some "
                          "antipsychotic effects.")
    assert "Some of the studies" not in studied


def test_what_one_trial_did_for_a_few_people_is_not_small_studies(glossary: Glossary) -> None:
    # CD002944.pub2: eight trials of 2,222 people; "repeat angiography was only performed on a small number of
    # participants in a single trial" is what one trial did (round 8: "The studies were small." called unsupported).
    stenosis = plain_entry("", "We included eight trials with 2222 participants. Repeat angiography was only performed "
                           "on a small number of participants in a single trial. Balloon angioplasty results in a "
                           "small improvement in diastolic blood pressure.", glossary=glossary)
    assert "small" not in stenosis.certainty


def test_a_doubt_conceded_before_a_firm_recommendation_is_not_the_verdict(glossary: Glossary) -> None:
    # CD001058.pub3: "Despite lack of evidence of longer-term benefit in childhood, the advantages … are such that we
    # would recommend antibiotics are routinely prescribed" (round 8: "not enough to be sure" called invented).
    from broker.plain.certainty import _doubts_all
    conceded = read("Despite lack of evidence of longer-term benefit in childhood, the advantages on short-term "
                    "morbidities are such that we would recommend antibiotics are routinely prescribed.").sentences[0]
    assert not _doubts_all(conceded)
    doubted = read("There is a lack of evidence to support routine antibiotics.").sentences[0]
    assert _doubts_all(doubted)


def test_studies_found_as_potentially_eligible_are_not_the_count_included() -> None:
    # CD007275.pub2: "identified 21 studies as potentially eligible", then 13 included (round 8: called misleading).
    found = read("We examined 5384 abstracts and identified 21 studies as potentially eligible. Following a full text "
                 "analysis, we included 14 papers reporting results of 7 clinical studies and 6 analogue studies. "
                 "A was better than B.").sentences
    total = included(found)
    assert total is None or not total.text.startswith("21")


def test_a_doubt_about_what_was_just_said_is_not_a_doubt_of_the_whole_answer() -> None:
    # CD007675.pub2 (tenth review, misleading): "It is unclear whether this could be extrapolated to other studies"
    # (of one study's cost figure) made how-sure say the evidence was not enough, beside a firm conclusion.
    from broker.plain.certainty import _doubts_all
    assert not _doubts_all(read("It is unclear whether this could be extrapolated to other studies.").sentences[0])
    assert _doubts_all(read("It is unclear whether computer-based programmes help people lose weight.").sentences[0])


def test_what_the_methods_say_all_the_studies_tested_names_the_subject_and_its_people() -> None:
    # CD009405.pub2 (eighth and tenth reviews, studied=no): "This review looked at five trials." and nothing else,
    # though its methods say "Trials compared the effects of cultural competence training for health professionals,
    # with no training". CD008273.pub2: "orientation interventions" from the conclusion never said for whom; its
    # methods say "All four trials aimed to investigate the effects of orientation programs for cancer patients …".
    studied, _, _ = parts("", abstracts_review9.CULTURAL_COMPETENCE_TRAINING)
    assert studied == ("This review looked at five trials. "
                       "It was about cultural competence training for health professionals.")
    studied, _, _ = parts("", abstracts_review9.ORIENTATION_CANCER_FACILITY)
    assert "orientation programs for cancer patients" in studied
    # Only some of the studies: "Two trials assessed the effects of …" is not what the review was about.
    from broker.plain.scope import aimed_subject
    assert aimed_subject(read("We included six trials. Two trials assessed the effects of aspirin for stroke.")) == ""


def test_a_result_resting_on_one_study_is_how_sure_we_can_be_when_no_rating_is_given() -> None:
    # CD006893 (tenth review): "The source does not say how strong the evidence is", though the certolizumab result
    # rests on "evidence from one randomized controlled trial" and the authors say study size was insufficient.
    _, _, certainty = parts("", abstracts_review9.CROHNS_ANTI_TNF_MAINTENANCE)
    assert certainty == "Some of the results come from only one study."


def test_what_the_treatments_were_for_is_read_from_the_authors_closing_words_on_its_treatment() -> None:
    # CD001770.pub3 (tenth review, studied=no): "This review looked at hormonal treatment." never named infantile
    # spasms, though the authors close "few well-designed RCTs have considered the treatment of infantile spasms".
    studied, _, _ = parts("", abstracts_review9.INFANTILE_SPASMS)
    assert studied.startswith("This review looked at hormonal treatment for infantile spasms.")
    # CD006371.pub3: "the common use of combined approaches … in the management of tinnitus".
    studied, _, _ = parts("", abstracts_review9.SOUND_THERAPY_TINNITUS)
    assert studied.startswith("This review looked at six trials with 553 people. "
                              "It was about sound therapy for tinnitus.")


def test_the_subject_is_read_from_inside_it_has_been_demonstrated_that() -> None:
    # CD008185.pub4: "This review looked at one study." though the authors close "It has been demonstrated that enzyme
    # replacement therapy with idursulfase is effective … in people with mucopolysaccharidosis type II compared with
    # placebo": the frame's "It" hid the subject.
    studied, _, _ = parts("", abstracts_review9.IDURSULFASE_HUNTER)
    assert studied.startswith("This review looked at one study. It was about enzyme replacement therapy with "
                              "idursulfase compared with a dummy treatment in people with mucopolysaccharidosis "
                              "type II.")


def test_who_every_study_took_in_is_who_the_review_was_about() -> None:
    # CD008270.pub2 (ninth review, studied=no: "never says the patients had HIV"): "All the studies included HIV-1
    # infected patients virologically suppressed after a successful treatment …" says who; "HIV-1" is a name, not a
    # number that needs what it measures.
    studied, _, _ = parts("", abstracts_review9.TRIPLE_NUCLEOSIDE_SWITCH)
    assert "compared with the comparison group in HIV-1 infected patients." in studied
    from broker.plain.people import enrolled
    assert enrolled(read("We included four trials. All studies recruited children with acute severe asthma and "
                         "requiring hospital admission.")) == "children with acute severe asthma"
    assert enrolled(read("We included four trials. All trials included 40 to 60 patients.")) == ""


def test_too_few_trials_to_show_a_difference_is_said_as_few_studies() -> None:
    # CD003385 (eighth review): "The source does not say how strong the evidence is", though the authors write "The
    # number of trials might be insufficient to show the statistical significance of a 19% absolute risk reduction".
    _, _, certainty = parts("", abstracts_review9.PSYCHOTHERAPY_ANTIDEPRESSANTS)
    assert certainty == "There are only a few studies."


def test_the_subject_is_read_from_in_favour_of_x_without_its_short_names_in_brackets() -> None:
    # CD006477.pub2 (eighth review, studied=no): nothing was said of what was studied, though the authors conclude on
    # "a significant effect in favour of flavonoids (both MPFF and HR)".
    studied, _, _ = parts("", abstracts_review9.FLAVONOIDS_LEG_ULCERS)
    assert studied.startswith("This review looked at flavonoids")  # and, since 2026-12-01, what for (round 43)


def test_a_review_of_all_treatments_for_a_condition_names_the_condition() -> None:
    # CD008320.pub3: "This review looked at 50 studies with 1916 people." and nothing more, though it says "we included
    # 39 different treatments for pruritus in four different patient groups".
    studied, _, _ = parts("", abstracts_review9.PRURITUS_TREATMENTS)
    assert studied == "This review looked at 50 studies with 1916 people. It was about treatments for itching."
    from broker.plain.scope import purposed_subject
    assert purposed_subject(read("We included nine trials. Therapies for patients with cancer are lacking.")) == ""


def test_what_a_review_of_one_trial_compared_is_read_from_how_the_trial_assigned_people() -> None:
    # CD012943.pub2: "Participants were randomly assigned to either pregabalin (n = 11) or placebo (n = 11)";
    # CD006851.pub2: "In this 1992 trial, intravenous acyclovir and corticosteroids were compared with corticosteroids
    # alone". Both reviews of one trial said only the count.
    studied, _, _ = parts("", abstracts_review9.PREGABALIN_SICKLE_CELL)
    assert "It was about pregabalin compared with a dummy treatment." in studied
    studied, _, _ = parts("", abstracts_review9.ANTIVIRALS_RAMSAY_HUNT)
    assert studied.startswith("This review looked at only one trial. It was about intravenous acyclovir and steroids "
                              "compared with steroids alone.")


def test_the_subject_is_read_from_the_effect_of_x_in_another_closing_sentence() -> None:
    # CD008996.pub2: nothing was said of what was studied, though the authors close "There is currently no available
    # evidence to determine the effect of eplerenone on clinically meaningful outcomes … in hypertensive patients".
    studied, _, _ = parts("", abstracts_review9.EPLERENONE_HYPERTENSION)
    assert studied.startswith("This review looked at eplerenone in patients with high blood pressure.")



def test_a_dose_of_nothing_named_is_not_what_was_studied() -> None:
    # CD009294.pub2 (eighth review, studied=no): "Some of the studies looked at a single dose immediately following
    # surgery" named no treatment; the review is about gemcitabine. "in intermediate risk patients" (from "Compared to
    # intravesical BCG therapy, gemcitabine had similar effects in intermediate risk patients") is the people of one
    # comparison, not who the review was about.
    # Its verdicts compare gemcitabine with BCG and with mitomycin C in turn (tests/test_plain_review21.py), so the
    # review's own "All trials compared gemcitabine to active controls" says what it was about; and nowhere is it
    # about gemcitabine compared with mitomycin C alone (nineteenth review, studied=no).
    studied, _, _ = parts("", abstracts_review9.GEMCITABINE_INTRAVESICAL)
    assert studied.startswith("This review looked at six trials. All trials compared gemcitabine to active controls")
    assert "single dose" not in studied and "intermediate risk" not in studied and "mitomycin" not in studied


def test_what_a_treatment_is_superior_to_is_what_it_was_compared_with() -> None:
    # CD003961.pub2: "Tacrolimus is superior to cyclosporin in improving graft survival …" was told only as
    # "This review looked at tacrolimus."
    studied, _, _ = parts("", abstracts_review9.TACROLIMUS_KIDNEY)
    assert studied.startswith("This review looked at tacrolimus compared with cyclosporin.")


def test_for_preventing_x_is_said_as_to_prevent_x() -> None:
    # CD005306.pub2: "symptom-based WAP are superior to peak flow WAP for preventing acute care visits although there
    # is insufficient data …" was told "… for acute care visits although there", as if the plans were for the visits.
    studied, _, _ = parts("", abstracts_review9.ASTHMA_ACTION_PLANS)
    assert "It was about symptom-based WAP compared with peak flow WAP to prevent acute care visits." in studied


def test_the_kind_of_treatment_all_the_studies_evaluated_names_the_subject() -> None:
    # CD006893 (tenth review, studied=no): "This review looked at nine studies." though it says "Four different
    # anti-TNF-α agents were evaluated (infliximab in 3 studies, CDP571 in 3 studies, …)".
    studied, _, _ = parts("", abstracts_review9.CROHNS_ANTI_TNF_MAINTENANCE)
    # Who they were given to comes from where the abstract names its patients ("in patients with Crohn's disease …").
    assert studied.startswith("This review looked at nine studies. It was about anti-TNF-α agents in patients with "
                              "Crohn's disease.")
    from broker.plain.scope import evaluated_subject
    assert evaluated_subject(read("We included 24 trials. Five drugs were evaluated.")) == ""  # names no treatment


def test_the_subject_is_read_through_implementation_of_and_a_claim_inside_a_claim() -> None:
    # CD007651.pub2 and CD007275.pub2 said nothing of what was studied: "The evidence suggests the ongoing
    # implementation of school-based physical activity interventions …"; "… suggest that communicating DNA-based
    # disease risk estimates has little or no effect …" (risk estimates are what is told, not the review's estimates).
    studied, _, _ = parts("", abstracts_review9.SCHOOL_PHYSICAL_ACTIVITY)
    assert studied == "This review looked at school-based physical activity interventions."
    studied, _, _ = parts("", abstracts_review9.DNA_RISK_COMMUNICATION)
    assert studied == "This review looked at communicating DNA-based disease risk estimates."
    # "… has showed that there is insufficient evidence to support routine cryopreservation and insufficient evidence
    # for …": the claim inside the claim names it, up to where the next claim starts.
    doc = read("This update has showed that there is insufficient evidence to support routine cryopreservation and "
               "insufficient evidence for albumin. Cryopreservation was compared with albumin in one trial.")
    assert subject(doc, doc.sentences[:1]) == "routine cryopreservation"


def test_a_main_clause_that_points_back_leaves_the_subject_to_the_clause_before_it() -> None:
    # CD008587.pub2 (tenth review, studied=no): "Whilst HPV tests are less likely to miss cases of CIN 2+ and CIN 3+,
    # these tests do lead to more unnecessary referrals": "these tests" are the HPV tests the review was about.
    studied, _, _ = parts("", abstracts_review9.HPV_TESTS_CERVICAL)
    assert "It was about human papillomavirus tests." in studied


def test_a_design_sentence_cut_into_a_fragment_is_not_used() -> None:
    # CD002007.pub4 (ninth review, studied=no and not coherent): "… comparing a single anti-pseudomonal agent to a
    # combination of the same antibiotic and one other, were included" was cut at "and" into "One other, were
    # included."; the count and the comparison are said instead.
    studied, _, _ = parts("", abstracts_review9.ANTIPSEUDOMONAL_COMBINATION)
    assert "One other" not in studied
    assert "a single medicine against Pseudomonas germs" in studied


def test_a_harm_told_beside_the_verdict_does_not_name_what_the_review_was_about() -> None:
    # CD004659.pub3: with "Aspirin probably slightly increased the risk of postpartum haemorrhage …" told beside the
    # verdict on antiplatelet agents, the review was said to be about aspirin; it was about antiplatelet agents.
    studied, _, _ = parts("", abstracts_review9.ANTIPLATELET_PREECLAMPSIA)
    assert "It was about antiplatelet medicines in pregnant women." in studied
