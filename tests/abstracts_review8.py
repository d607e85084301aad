"""Real abstracts behind the eighth round of plain-language fixes (issue 14), each kept word for word.

The Cochrane abstracts come from the Cochrane plain-language-summary data set (CC BY 4.0);
the DOI beside each names its review.
"""
from __future__ import annotations

# doi:10.1002/14651858.CD007854.pub3
ACUPUNCTURE_PERIOD_PAIN = (
    "We included 42 RCTs (4640 women). Acupuncture or acupressure was compared with a sham/placebo group, medicatio"
    "n, no treatment or other treatment. Many of the continuous data were not suitable for calculation of means, ma"
    "inly due to evidence of skew. 1. Acupuncture studies Acupuncture versus sham or placebo control (6 RCTs) Findi"
    "ngs were inconsistent and inconclusive. However, the only study in the review that was at low risk of bias in "
    "all domains found no evidence of a difference between the groups at three, six or 12 months. The overall quali"
    "ty of the evidence was low. No studies reported adverse events. Acupuncture versus NSAIDs Seven studies report"
    "ed visual analogue scale (VAS) pain scores, but were unsuitable for pooling due to extreme heterogeneity (I² ="
    " 94%). In all studies the scores were lower in the acupuncture group, with the mean difference varying across "
    "studies from 0.64 to 4 points on a VAS 0 - 10 scale (low-quality evidence). Four RCTs reported rates of pain r"
    "elief, and found a benefit for the acupuncture group (OR 4.99, 95% CI 2.82 to 8.82, 352 women, I² = 0%, low-qu"
    "ality evidence). Adverse events were less common in the acupuncture group (OR 0.10, 95% CI 0.02 to 0.44, 4 RCT"
    "s, 239 women, 4 trials, I² = 15%, low-quality evidence). Acupuncture versus no treatment Data were unsuitable "
    "for analysis, but pain scores were lower in the acupuncture group in all six studies reporting this outcome. T"
    "he quality of the evidence was low. No studies reported adverse events. 2. Acupressure studies No studies of a"
    "cupressure reported adverse events. Acupressure versus sham or placebo control Data were unsuitable for poolin"
    "g, but two studies reported a mean benefit of one to three points on a 0 - 10 VAS pain scale. Another four stu"
    "dies reported data unsuitable for analysis: all found that pain scores were lower in the acupuncture group. No"
    " studies reported adverse events. The quality of the evidence was low. Acupressure versus NSAIDs One study rep"
    "orted this outcome, using a 0 - 3 pain scale. The score was higher (indicating more pain) in the acupressure g"
    "roup (MD 0.39 points, 95% CI 0.21 to 0.57, 136 women, very low-quality evidence). Acupressure versus no treatm"
    "ent There was no clear evidence of a difference between the groups on a VAS 0 - 10 pain scale (MD -0.96 points"
    ", 95% CI -2.54 to 0.62, 2 trials, 140 women, I² = 83%, very low-quality evidence). There is insufficient evide"
    "nce to demonstrate whether or not acupuncture or acupressure are effective in treating primary dysmenorrhoea, "
    "and for most comparisons no data were available on adverse events. The quality of the evidence was low or very"
    " low for all comparisons. The main limitations were risk of bias, poor reporting, inconsistency and risk of pu"
    "blication bias."
)

# doi:10.1002/14651858.CD007563.pub3
BRACHYTHERAPY_CERVICAL_CANCER = (
    "Four studies involving 1265 women met the inclusion criteria. In our meta-analysis to compare HDR and LDR ICBT"
    ", the pooled risk ratios (RRs) were 0.95 (95% confidence interval (CI) 0.79 to 1.15), 0.93 (95% CI 0.84 to 1.0"
    "4) and 0.79 (95% CI 0.52 to 1.20) for 3-, 5- and 10-year overall survival rates respectively; and 0.95 (95% CI"
    " 0.84 to 1.07) and 1.02 (0.88 to 1.19) for 5- and 10-year disease-specific survival (DSS) rates respectively. "
    "The RR for RFS was 1.04 (95% CI 0.71 to 1.52) and 0.96 (95% CI 0.81 to 1.14) at 3- and 5- years. For local con"
    "trol rates the RR was 0.95 (95% CI 0.86 to 1.05) and 0.95 (95% CI 0.87 to 1.05) at 3- and 5- years; with a RR "
    "of 1.09 (95% CI 0.83 to 1.43) for locoregional recurrence, 0.79 (95% CI 0.40 to 1.53) for local and distant re"
    "currence, 2.23 (95% CI 0.78 to 6.34) for para-aortic lymph node metastasis, and 0.99 (95% CI 0.72 to 1.35) for"
    " distance metastasis. For bladder, rectosigmoid and small bowel complications, the RR was 1.33 (95% CI 0.53 to"
    " 3.34), 1.00 (95% CI 0.52 to 1.91) and 3.37 (95% CI 1.06 to 10.72) respectively. These results indicated that "
    "there were no significant differences except for increased small bowel complications with HDRs (P = 0.04). Sin"
    "ce the last version of this review, no new studies were identified for inclusion in this review to provide add"
    "itional information. This review showed no significant differences between HDR and LDR ICBT when considering O"
    "S, DSS, RFS, local control rate, recurrence, metastasis and treatment related complications for women with cer"
    "vical carcinoma. Due to some potential advantages of HDR ICBT (rigid immobilization, outpatient treatment, pat"
    "ient convenience, accuracy of source and applicator positioning, individualized treatment) we recommend the us"
    "e of HDR ICBT for all clinical stages of cervix cancer. The overall risk of bias was high for the included stu"
    "dies as many of the items were either of high or unclear risk. The GRADE assessment of the quality of the evid"
    "ence was low to moderate."
)
