"""Abstracts (val.jsonl, Cochrane) for round forty-four: reviews whose "What was studied" said only a count."""

# doi:10.1002/14651858.CD007565.pub2: "When we compared suboptimal (> 1 cm) versus optimal (< 1 cm) cytoreduction the
# survival estimates were attenuated …": no comma ends the comparison.
OVARIAN_CYTOREDUCTION = (
    "There were no RCTs or prospective non-RCTs identified that were designed to evaluate the effectiveness of "
    "surgery when performed as a primary procedure in advanced stage ovarian cancer. We found 11 retrospective "
    "studies that included a multivariate analysis that met our inclusion criteria. Analyses showed the prognostic "
    "importance of complete cytoreduction, where the residual disease was microscopic that is no visible disease, "
    "as overall (OS) and progression-free survival (PFS) were significantly prolonged in these groups of women. PFS"
    " was not reported in all of the studies but was sufficiently documented to allow firm conclusions to be drawn."
    " When we compared suboptimal (> 1 cm) versus optimal (< 1 cm) cytoreduction the survival estimates were "
    "attenuated but remained statistically significant in favour of the lower volume disease group There was no "
    "significant difference in OS and only a borderline difference in PFS when residual disease of > 2 cm and < 2 "
    "cm were compared (hazard ratio (HR) 1.65, 95% CI 0.82 to 3.31; and HR 1.27, 95% CI 1.00 to 1.61, P = 0.05 for "
    "OS and PFS respectively). There was a high risk of bias due to the retrospective nature of these studies "
    "where, despite statistical adjustment for important prognostic factors, selection bias was still likely to be "
    "of particular concern. Adverse events, quality of life (QoL) and cost-effectiveness were not reported by "
    "treatment arm or to a satisfactory level in any of the studies. During primary surgery for advanced stage "
    "epithelial ovarian cancer all attempts should be made to achieve complete cytoreduction. When this is not "
    "achievable, the surgical goal should be optimal (< 1 cm) residual disease. Due to the high risk of bias in the"
    " current evidence, randomised controlled trials should be performed to determine whether it is the surgical "
    "intervention or patient-related and disease-related factors that are associated with the improved survival in "
    "these groups of women. The findings of this review that women with residual disease < 1 cm still do better "
    "than women with residual disease > 1 cm should prompt the surgical community to retain this category and "
    "consider re-defining it as 'near optimal' cytoreduction, reserving the term 'suboptimal' cytoreduction to "
    "cases where the residual disease is > 1 cm (optimal/near optimal/suboptimal instead of "
    "complete/optimal/suboptimal)."
)


# doi:10.1002/14651858.CD010323.pub3: "a small number of randomised controlled trials", "All studies included sample
# sizes of fewer than 100".
OPIOID_REDUCTION = (
    "Three studies are new to this update, resulting in five included studies in total (278 participants). "
    "Participants were primarily women (mean age 49.63 years, SD = 11.74) with different chronic pain conditions. "
    "We judged the studies too heterogeneous to pool data in a meta-analysis, so we have summarised the results "
    "from each study qualitatively. The studies included acupuncture, mindfulness, and cognitive behavioral therapy"
    " interventions aimed at reducing opioid consumption, misuse of opioids, or maintenance of chronic pain "
    "management treatments. We found mixed results from the studies. Three of the five studies reported opioid "
    "consumption at post-treatment and follow-up. Two studies that delivered 'Mindfulness-Oriented Recovery "
    "Enhancement' or 'Therapeutic Interactive Voice Response' found a significant difference between groups at "
    "post-treatment and follow-up in opioid consumption. The remaining study found reduction in opioid consumption "
    "in both treatment and control groups, and between-group differences were not significant. Three studies "
    "reported adverse events related to the study and two studies did not have study-related adverse events. We "
    "also found mixed findings for pain intensity and physical functioning. The interventions did not show between-"
    "group differences for psychological functioning across all studies. Overall, the risk of bias was mixed across"
    " studies. All studies included sample sizes of fewer than 100 and so we judged all studies as high risk of "
    "bias for that category. There is no evidence for the efficacy or safety of methods for reducing prescribed "
    "opioid use in chronic pain. There is a small number of randomised controlled trials investigating opioid "
    "reduction, which means our conclusions are limited regarding the benefit of psychological, pharmacological, or"
    " other types of interventions for people with chronic pain trying to reduce their opioid consumption. The "
    "findings to date are mixed: there were reductions in opioid consumption after intervention, and often in "
    "control groups too."
)


# doi:10.1002/14651858.CD003822.pub2: "the manufacturers' maximum recommended daily dose (Max)", then "1/2 Max".
ARB_DOSES = (
    "Forty six RCTs evaluated the dose-related trough BP lowering efficacy of 9 ARBs in 13 451 participants with a "
    "baseline BP of 156/101 mm Hg. The data do not suggest that any one ARB is better or worse at lowering BP. A "
    "dose of 1/8 or 1/4 of the manufacturers’ maximum recommended daily dose (Max) achieved a BP lowering effect "
    "that was 60 to 70% of the BP lowering effect of Max. A dose of 1/2 Max achieved a BP lowering effect that was "
    "80% of Max. ARB doses above Max did not significantly lower BP more than Max. Due to evidence of publication "
    "bias, the largest trials provide the best estimate of the trough BP lowering efficacy for ARBs as a class of "
    "drugs: -8 mm Hg for SBP and -5 mm Hg for DBP. ARBs reduced BP measured 1 to 12 hours after the dose by about "
    "12/7 mm Hg. The evidence from this review suggests that there are no clinically meaningful BP lowering "
    "differences between available ARBs. The BP lowering effect of ARBs is modest and similar to ACE inhibitors as "
    "a class; the magnitude of average trough BP lowering for ARBs at maximum recommended doses and above is -8/-5 "
    "mmHg.  Furthermore, 60 to 70% of this trough BP lowering effect occurs with recommended starting doses. The "
    "review did not provide a good estimate of the incidence of harms associated with ARBs because of the short "
    "duration of the trials and the lack of reporting of adverse effects in many of the trials."
)


# doi:10.1002/14651858.CD004635.pub2: heterogeneity and doubt said of miscarriage only; the conclusion counts
# pregnancies.
GNRH_ENDOMETRIOSIS = (
    "Three randomised controlled trials (with 165 women) were included. The live birth rate per woman was "
    "significantly higher in women receiving the GnRH agonist compared to the control group (OR 9.19, 95% CI 1.08 "
    "to 78.22). However, this was based on one trial reporting \"viable pregnancy\" only. The clinical pregnancy rate"
    " per woman was also significantly higher (three studies: OR 4.28, 95% CI 2.00 to 9.15). The information on "
    "miscarriage rates came from two trials with high heterogeneity and, therefore, results of the meta-analysis "
    "were doubtful. The included studies provided insufficient data to investigate the effects of administration of"
    " GnRH agonists on multiple or ectopic pregnancies, fetal abnormalities or other complications. The "
    "administration of GnRH agonists for a period of three to six months prior to IVF or ICSI in women with "
    "endometriosis increases the odds of clinical pregnancy by fourfold. Data regarding adverse effects of this "
    "therapy on the mother or fetus are not available at present."
)


# doi:10.1002/14651858.CD004588.pub3: "No statistical differences were observed between CABG and stenting …".
CABG_STENTING = (
    "Nine studies (3519 patients) were included. Four RCTs included patients with multiple vessel disease, five "
    "focused on single vessel disease. Four studies reported beyond 1 year. No statistical differences were "
    "observed between CABG and stenting for meta-analysis of mortality or AMI, but there was heterogeneity. "
    "Composite cardiac event and revascularisation rates were lower for CABG than for stents. Odds ratios resulting"
    " from meta-analysis of event rate data at 1 year were, odds ratio 0.43 (95% CI 0.35 to 0.54) and at 3 years, "
    "odds ratio 0.37 (95% CI 0.29 to 0.48). Odds ratios for revascularisation at 1 year were, odds ratio 0.18 (95% "
    "CI 0.13 to 0.25) and at 3 years, odds ratio 0.09 (95% CI 0.02 to 0.34). Binary restenosis at 6 months (single "
    "vessel trials) favoured CABG, odds ratio 0.29 (95% CI 0.17 to 0.51). CABG is associated with reduced rates of "
    "major adverse cardiac events, mostly driven by reduced repeat revascularisation. However, the RCT data are "
    "limited by follow-up, unrepresentative samples and rapid development of both surgical techniques and stenting."
    " Research on real-world patient population or patient level data meta-analyses may identify risk factors and "
    "groupings who may benefit most from one strategy over the other."
)


# doi:10.1002/14651858.CD002067.pub2: 68 studies, and "There was only one new study."
ASPIRIN_SINGLE_DOSE = (
    "We included 68 studies in which aspirin was used at doses from 300 mg to 1200 mg, but the vast majority of "
    "participants received either 600/650 mg (2409 participants, 64 studies) or 990/1000 mg (380 participants, "
    "eight studies). There was only one new study. Studies were overwhelmingly of adequate or good methodological "
    "quality. NNTs for at least 50% pain relief over four to six hours were 4.2 (3.9 to 4.8), 3.8 (3.0 to 5.1), and"
    " 2.7 (2.0 to 3.8) for 600/650 mg, 900/1000 mg, and 1200 mg respectively, compared with placebo. Type of pain "
    "model had no significant impact on the results. Lower doses were not significantly different from placebo. "
    "These results do not differ from those of the earlier review. Fewer participants required rescue medication "
    "with aspirin than with placebo over four to eight hours postdose, but by 12 hours there was no difference. The"
    " number of participants experiencing adverse events was not significantly different from placebo for 600/650 "
    "mg aspirin, but for 900/1000 mg the number needed to treat to harm was 7.5 (4.8 to 17). The most commonly "
    "reported events were dizziness, drowsiness, gastric irritation, nausea, and vomiting, nearly all of which were"
    " of mild to moderate severity. Aspirin is an effective analgesic for acute pain of moderate to severe "
    "intensity. High doses are more effective, but are associated with increased adverse events, including "
    "drowsiness and gastric irritation. The pain relief achieved with aspirin was very similar milligram for "
    "milligram to that seen with paracetamol. There was no change to the conclusions in this update."
)


# doi:10.1002/14651858.CD010336.pub2: rated moderate to high, yet "the evidence to-date is insufficient to determine
# the effects of antibiotic lock".
ANTIBIOTIC_LOCK = (
    "We included three trials (271 infants) in this review. Two of the three included studies had an overall low "
    "risk of bias and the remaining study had high risk of selection and performance biases. The use of an "
    "antibiotic lock decreased the incidence of confirmed catheter-related infection (typical RR 0.15, 95% CI 0.06 "
    "to 0.40; 3 studies, 271 infants) (high-quality evidence). The typical absolute risk reduction (ARR) was 18.5% "
    "and the number needed to treat for an additional beneficial outcome (NNTB) was 5. The effect of use of an "
    "antibiotic lock on suspected catheter infection was imprecise (typical RR 0.65, 95% CI 0.22 to 1.92) (moderate"
    " quality evidence). Confirmed and suspect infection rates combined were lower in the antibiotic lock group "
    "(absolute rates, RR 0.25, 95% CI 0.12 to 0.49; rate per 1000 catheter days, RR 0.17, 95% CI 0.07 to 0.40). The"
    " ARR was 20.5% and the NNTB was 5. None of the studies report resistance to the antibiotic used during the "
    "lock treatment. There was no significant difference in the detectable serum levels of antibiotic. When the "
    "data from two studies were pooled, there were significantly fewer episodes of hypoglycaemia in the treatment "
    "arm (typical RR 0.51, 95% CI 0.28 to 0.92). There was no statistically significant difference for mortality "
    "due to sepsis between the control and intervention group. Based on a small number of trials and neonates, "
    "antibiotic lock solution appeared to be effective in preventing CRBSI in the neonatal population. However, as "
    "each included study used a different antibiotics and antibiotic resistance could not be reliably assessed, the"
    " evidence to-date is insufficient to determine the effects of antibiotic lock on infections in neonates."
)
