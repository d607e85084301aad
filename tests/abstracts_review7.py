"""Real abstracts behind the seventh round of plain-language fixes (issue 14), each kept word for word.

The Cochrane abstracts come from the Cochrane plain-language-summary data set (CC BY 4.0);
the DOI beside each names its review.
"""
from __future__ import annotations

# doi:10.1002/14651858.CD002201.pub5
OMEGA3_CYSTIC_FIBROSIS = (
    "The searches identified 15 studies; four studies with 91 participants (children and adults) were included; d"
    "uration of studies ranged from six weeks to six months. Two studies were judged to be at low risk of bias ba"
    "sed on adequate randomisation but this was unclear in the other two studies. Three of the studies adequately"
    " blinded patients, however, the risk of bias was unclear in all studies with regards to allocation concealme"
    "nt and selective reporting. Two studies compared omega-3 fatty acids to olive oil for six weeks. One study c"
    "ompared a liquid dietary supplement containing omega-3 fatty acids to one without for six months. One study "
    "compared omega-3 fatty acids and omega-6 fatty acids to a control (capsules with customised fatty acid blend"
    "s) for three months. Only one short-term study (19 participants) comparing omega-3 to placebo reported a sig"
    "nificant improvement in lung function and Shwachman score and a reduction in sputum volume in the omega-3 gr"
    "oup. Another study (43 participants) demonstrated a significant increase in serum phospholipid essential fat"
    "ty acid content and a significant drop in the n-6/n-3 fatty acid ratio following omega-3 fatty acid suppleme"
    "ntation compared to control. The longer-term study (17 participants) demonstrated a significant increase in "
    "essential fatty acid content in neutrophil membranes and a significant decrease in the leukotriene B4 to leu"
    "kotriene B5 ratio in participants taking omega-3 supplements compared to placebo. This review found that reg"
    "ular omega-3 supplements may provide some benefits for people with cystic fibrosis with relatively few adver"
    "se effects, although evidence is insufficient to draw firm conclusions or recommend routine use of these sup"
    "plements in people with cystic fibrosis. This review has highlighted the lack of data for many outcomes mean"
    "ingful to people with or making treatment decisions about cystic fibrosis. A large, long-term, multicentre, "
    "randomised controlled study is needed to determine any significant therapeutic effect and to assess the infl"
    "uence of disease severity, dosage and duration of treatment. Future researchers should note the need for add"
    "itional pancreatic enzymes."
)

# doi:10.1002/14651858.CD001949.pub3
PIMOZIDE_SCHIZOPHRENIA = (
    "We included 32 studies in total: Among the five studies that compared pimozide versus placebo, only one stud"
    "y provided data for global state relapse, for which no difference between groups was noted at medium term (1"
    " RCT n = 20, RR 0.22 CI 0.03 to 1.78, very low quality of evidence). None of the five studies provided data "
    "for no improvement or first-rank symptoms in mental state. Data for extrapyramidal symptoms demonstrate no d"
    "ifference between groups for Parkinsonism (rigidity) at short term (1 RCT, n = 19, RR 5.50 CI 0.30 to 101.28"
    ", very low quality of evidence) or at medium term (1 RCT n = 25, RR 1.33 CI 0.14 to 12.82, very low quality "
    "of evidence), or for Parkinsonism (tremor) at medium term (1 RCT n = 25, RR 1 CI 0.2 to 4.95, very low quali"
    "ty of evidence). No data were reported for quality of life at medium term. Of the 26 studies comparing pimoz"
    "ide versus any antipsychotic, seven studies provided data for global state relapse at medium term, for which"
    " no difference was noted (7 RCTs n = 227, RR 0.82 CI 0.57 to 1.17, moderate quality of evidence). Data from "
    "one study demonstrated no difference in mental state (no improvement) at medium term (1 RCT n = 23, RR 1.09 "
    "CI 0.08 to 15.41, very low quality evidence); another study demonstrated no difference in the presence of fi"
    "rst-rank symptoms at medium term (1 RCT n = 44, RR 0.53 CI 0.25 to 1.11, low quality of evidence). Data for "
    "extrapyramidal symptoms demonstrate no difference between groups for Parkinsonism (rigidity) at short term ("
    "6 RCTs n = 186, RR 1.21 CI 0.71 to 2.05,low quality of evidence) or medium term (5 RCTs n = 219, RR 1.12 CI "
    "0.24 to 5.25,low quality of evidence), or for Parkinsonism (tremor) at medium term (4 RCTs n = 174, RR 1.46 "
    "CI 0.68 to 3.11, very low quality of evidence). No data were reported for quality of life at medium term. In"
    " the one study that compared pimozide plus any antipsychotic versus the same antipsychotic, significantly fe"
    "wer relapses were noted in the augmented pimozide group at medium term (1 RCT n = 69, RR 0.28 CI 0.15 to 0.5"
    "0, low quality evidence). No data were reported for mental state outcomes or for extrapyramidal symptoms (EP"
    "S). Data were skewed for quality of life scores, which were not included in the meta-analysis but were prese"
    "nted separately. Two studies compared pimozide plus any antipsychotics versus antipsychotic plus placebo; ne"
    "ither study reported data for outcomes of interest, apart from Parkinsonism at medium term and quality of li"
    "fe using the Specific Level of Functioning scale (SLOF); however, data were skewed. Only one study compared "
    "pimozide plus any antipsychotic versus antipsychotics plus antipsychotic; no data were reported for global s"
    "tate and mental state outcomes of interest. Data were provided for Parkinsonism (rigidity and tremor) using "
    "the Extrapyramidal Symptom Rating Scale (ESRS); however, these data were skewed. Although shortcomings in th"
    "e data are evident, enough overall consistency over different outcomes and time scales is present to confirm"
    " that pimozide is a drug with efficacy similar to that of other, more commonly used antipsychotic drugs such"
    " as chlorpromazine for people with schizophrenia. No data support or refute its use for those with delusiona"
    "l disorder."
)

# doi:10.1002/14651858.CD011547
ARTEMISININ_NAPHTHOQUINE = (
    "Four trials, enrolling 740 adults and children, met the inclusion criteria. Artemisinin-naphthoquine was adm"
    "inistered as a single dose (two trials), as two doses given eight hours apart (one trial), and once daily fo"
    "r three days (one trial), and compared to three-day regimens of established ACTs. Three additional small pha"
    "rmaceutical company trials have been carried out. We have requested the data but have not received a respons"
    "e from the company. Artemisinin-naphthoquine versus artemether-lumefantrine In three small trials from Benin"
    ", Côte d'Ivoire, and Papua New Guinea, both combinations had a very low incidence of treatment failure at Da"
    "y 28, and there were no differences demonstrated in PCR-unadjusted, or PCR-adjusted treatment failure (three"
    " trials, 487 participants, low quality evidence). Only the single study from Papua New Guinea followed parti"
    "cipants up to Day 42, and the number of treatment failures remained very low with both combinations (one tri"
    "al, 186 participants, very low quality evidence). Artemisinin-naphthoquine versus dihydroartemisinin-piperaq"
    "uine In a single small trial from Indonesia, treatment failure at Day 28 and Day 42 was very low in both gro"
    "ups with no differences demonstrated (one trial, 144 participants, very low quality evidence). The results o"
    "f these few trials of artemisinin-naphthoquine are promising, but further trials from multiple settings are "
    "required to reliably demonstrate the relative efficacy and safety compared to established ACTs. Future trial"
    "s should be adequately powered to demonstrate non-inferiority, and regimens incorporating three days of the "
    "artemisinin component are probably preferable to the one-day regimens."
)

# doi:10.1002/14651858.CD010159.pub2
CALCITONIN_THYROID_NODULES = (
    "In 16 studies, we identified 72,368 participants with nodular thyroid disease in whom routinely calcitonin t"
    "esting was performed. All included studies performed the calcitonin test as a triage test. Median prevalence"
    " of MTC was 0.32%. Sensitivity in these studies ranged between 83% and 100% and specificity ranged between 9"
    "4% and 100%. An important limitation in 15 of the 16 studies (94%) was the absence of adequate reference sta"
    "ndards and follow-up in calcitonin-negative participants. This resulted in a high risk of bias with regard t"
    "o flow and timing in the methodological quality assessment. At the median specificity of 96.6% from the incl"
    "uded studies, the estimated sensitivity (95% confidence interval (CI)) from the summary curve was 99.7% ( 68"
    ".8% to 100%). For the median prevalence of MTC of 0.23%, the positive predictive value (PPV) for basal calci"
    "tonin testing at a threshold of 10 pg/mL was 7.7% (4.9% to 12.1%). Summary estimates of sensitivity and spec"
    "ificity for the threshold of 10 pg/mL of basal calcitonin testing was 100% (95% CI 99.7 to 100) and 97.2% (9"
    "5% CI 95.9 to 98.6), respectively. For combined basal and stimulated calcitonin testing, sensitivity ranged "
    "between 82% and 100% with specificity between 99% and 100%. The median specificity was 99.8% with an estimat"
    "ed sensitivity of 98.8% (95% CI 65.8 to 100) . Both basal and combined basal and stimulated calcitonin testi"
    "ng have a high sensitivity and specificity. However, this may be an overestimation due to high risk of bias "
    "in the use and choice of reference standard The value of routine testing in patients with thyroid nodules re"
    "mains questionable, due to the low prevalence, which results in a low PPV of basal calcitonin testing. Wheth"
    "er routine calcitonin testing improves prognosis in MTC patients remains unclear."
)

# doi:10.1002/14651858.CD003410.pub4
HEROIN_OPIOID_DEPENDENCE = (
    "Eight studies involving 2007 patients met the inclusion criteria. Five studies compared supervised injected "
    "heroin plus flexible dosages of methadone treatment to oral methadone only and showed that heroin helps pati"
    "ents to remain in treatment (valid data from 4 studies, N=1388 Risk Ratio 1.44 (95%CI 1.19-1.75) heterogenei"
    "ty P=0.03), and to reduce use of illicit drugs. Maintenance with supervised injected heroin has a not statis"
    "tically significant protective effect on mortality (4 studies, N=1477 Risk Ratio 0.65 (95% CI 0.25-1.69) het"
    "erogeneity P=0.89), but it exposes at a greater risk of adverse events related to study medication (3 studie"
    "s N=373 Risk Ratio 13.50 (95% CI 2.55-71.53) heterogeneity P=0.52). Results on criminal activity and incarce"
    "ration were not possible to be pooled but where the outcome were measured results of single studies do provi"
    "de evidence that heroin provision can reduce criminal activity and incarceration/imprisonment. Social functi"
    "oning improved in all the intervention groups with heroin groups having slightly better results. If all the "
    "studies comparing heroin provision in any conditions vs any other treatment are pooled the direction of effe"
    "ct remain in favour of heroin. The available evidence suggests an added value of heroin prescribed alongside"
    " flexible doses of methadone for long-term, treatment refractory, opioid users, to reach a decrease in the u"
    "se of illicit substances, involvement in criminal activity and incarceration, a possible reduction in mortal"
    "iity; and an increase in retention in treatment. Due to the higher rate of serious adverse events, heroin pr"
    "escription should remain a treatment for people who are currently or have in the past failed maintenance tre"
    "atment, and it should be provided in clinical settings where proper follow-up is ensured."
)
