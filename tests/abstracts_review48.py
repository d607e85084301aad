"""Real Cochrane abstracts (val.jsonl) for round forty-eight's tests."""

# doi:10.1002/14651858.CD007018.pub2: two studies, both at moderate to high risk of bias, and the authors ask for
# more evaluation: "How sure we can be" already says both in two sentences.
MINORITY_STUDENTS = (
    "Two studies of the 7880 identified from searching the electronic databases met the inclusion criteria. Both "
    "studies were controlled before and after studies, of moderate to high risk of bias, that explored the effects of "
    "interventions to improve retention of minority groups in health professional training institutions. These studies"
    " reported that an intervention comprising of a package of student support activities including social, academic, "
    "and career guidance and mentorship resulted in an increase in the number of minority students who enrolled and "
    "graduated from health training institutions. The evidence to estimate the likely effects of interventions in pre-"
    "licensure education to increase health-worker supply is generally insufficient or unavailable, particularly in "
    "LMICs. Promising innovations from a high-income country include providing financial support to health "
    "professional students or introducing mechanisms to identify and encourage potential students and offering support"
    " to 'at risk' students. These and other promising interventions should be evaluated in LMIC."
)

# doi:10.1002/14651858.CD002760: "dihydrocodeine in postoperative pain", said three times; no people are named.
DIHYDROCODEINE = (
    "Fifty-two reports were identified in the original review as possible randomised trials which assessed "
    "dihydrocodeine in postoperative pain. Four reports met the inclusion criteria; all assessed oral dihydrocodeine. "
    "Three reports (194 participants) compared dihydrocodeine with placebo and one (120 participants) compared "
    "dihydrocodeine (30 mg or 60 mg) with ibuprofen 400 mg. For a single dose of dihydrocodeine 30 mg in moderate to "
    "severe postoperative pain the NNT for at least 50% pain relief was 8.1 (95% confidence interval 4.1 to 540) when "
    "compared with placebo over a period of four to six hours. Pooled data showed significantly more participants to "
    "have reported adverse effects with dihydrocodeine 30 mg than with placebo. When compared to ibuprofen 400 mg both"
    " dihydrocodeine 30 mg and 60 mg were significantly inferior. No additional studies were found for this update. A "
    "single 30 mg dose of dihydrocodeine is not sufficient to provide adequate pain relief in postoperative pain. "
    "Statistical superiority of ibuprofen 400 mg over dihydrocodeine (30 mg or 60 mg) was shown. Since the last "
    "version of this review no new relevant studies have been identified."
)

# doi:10.1002/14651858.CD003183: "medicinal herbs for HCV infection", in the results and the conclusion.
HERBS_HEPATITIS_C = (
    "Ten randomised trials, including 517 patients with mainly chronic hepatitis C, evaluated ten different medicinal "
    "herbs versus various control interventions (four placebo, four interferon, two other herbs). The methodological "
    "quality was considered adequate in four trials and inadequate in six trials. Compared with placebo in four "
    "trials, none of the medicinal herbs showed positive effects on clearance of serum HCV RNA or anti-HCV antibody or"
    " on serum liver enzymes, except one short-term trial in which a silybin preparation showed a significant effect "
    "on reducing serum aspartate aminotransferase and gamma-glutamyltranspeptidase activities. The herbal compound "
    "Bing Gan Tang combined with interferon-alpha showed significantly better effects on clearance of serum HCV RNA "
    "(relative risk 2.54; 95% confidence interval 1.43 to 4.49) and on normalisation of serum alanine aminotransferase"
    " activity (relative risk 2.54; 95% confidence interval 1.43 to 4.49) than interferon-alpha monotherapy. The "
    "herbal compound Yi Zhu decoction showed a significant effect on clearance of serum HCV RNA and normalisation of "
    "ALT levels compared to glycyrrhizin plus ribavirin. Yi Er Gan Tang showed a significant effect on normalising "
    "serum alanine aminotransferase compared to silymarin plus glucurolactone. There was no significant efficacy of "
    "the other examined herbs. The herbs were associated with adverse events. There is no firm evidence of efficacy of"
    " any medicinal herbs for HCV infection. Medicinal herbs for HCV infection should not be used outside randomised "
    "clinical trials."
)

# doi:10.1002/14651858.CD001983: "calcitonin for fracture prevention in steroid-induced osteoporosis": fractures are
# one outcome, not what it was for.
CALCITONIN = (
    "Nine trials met the inclusion criteria, including 221 patients randomized to calcitonin and 220 to placebo. The "
    "median methodologic quality was two out of a maximum of five points. Calcitonin was more effective than placebo "
    "at preserving bone mass at the lumbar spine after six and 12 months of therapy with a WMD of 2.8% (95% CI: 1.4 to"
    " 4.3) and 3.2% (95% CI: 0.3 to 6.1). At 24 months, lumbar spine BMD was not statistically different between "
    "groups: WMD 4.5% (95% CI: -0.6 to 9.5)]. Bone density at the distal radius was also higher with calcitonin after "
    "six months of therapy, but bone density at the femoral neck was not different between placebo and calcitonin "
    "treated groups. The relative risk of fractures was not significantly different between calcitonin and placebo "
    "with a relative risk (RR) of 0.71 (95% CI: 0.26 to 1.89) for vertebral and 0.52 (95% CI: 0.14 to 1.96) for non "
    "vertebral fractures. The subgroup analyses of methodological quality and duration of corticosteroid therapy were "
    "confounded. Trials of patients who had been taking steroids for greater than three months (which were of low "
    "methodologic quality) demonstrated a larger effect of calcitonin on spine bone density (about 6%) than prevention"
    " trials (about 1%). There was no consistent effect of different dosages (50-100 IU compared to 200-400 IU). "
    "However, subcutaneous calcitonin showed substantially greater prevention of bone loss. Withdrawals due to side "
    "effects were higher in the calcitonin-treated groups: RR 3.19 (95%CI: 0.66 to 15.47). Important side effects "
    "included nausea and facial flushing. Calcitonin appears to preserve bone mass in the first year of glucocorticoid"
    " therapy at the lumbar spine by about 3% compared to placebo, but not at the femoral neck. Our analysis suggests "
    "that the protective effect on bone mass may be greater for the treatment of patients who have been taking "
    "corticosteroids for more than three months. Efficacy of calcitonin for fracture prevention in steroid-induced "
    "osteoporosis remains to be established."
)

# doi:10.1002/14651858.CD004443: "A significant heterogeneity was detected for the latter outcome": the deaths, not
# the blood pressure the conclusion is about (seed 6841, misleading=yes).
NALOXONE_SHOCK = (
    "Three independent readers reviewed 120 publications and selected six clinical trials. Overall agreement on study "
    "selection was perfect (concordance: 100%). The meta-analysis includes six studies involving 126 patients with "
    "septic, cardiogenic, hemorrhagic, or spinal shock. Naloxone therapy was associated with statistically significant"
    " hemodynamic improvement (odds ratio 0.24; 95% confidence interval (CI) 0.09 to 0.68). The mean arterial pressure"
    " was significantly higher in the naloxone groups than in the placebo groups (weighted mean difference +9.33 mm "
    "Hg; 95% CI 7.07 to 11.59). No heterogeneity was found for this outcome. The death rate was lower in the naloxone "
    "group (odds ratio 0.59; 95% CI 0.21 was 1.67) but this was consistent with the play of chance. A significant "
    "heterogeneity was detected for the latter outcome (P < 0.05). Naloxone improves blood pressure, especially mean "
    "arterial blood pressure. However, the clinical usefulness of naloxone to treat shock remains to be determined and"
    " additional randomized controlled trials are needed to assess its usefulness."
)
