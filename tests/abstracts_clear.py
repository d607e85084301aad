"""Real abstracts whose plain entries were hard for lay readers to follow, each kept word for word.

The Cochrane abstracts come from the Cochrane plain-language-summary data set (CC BY 4.0);
the DOI beside each names its review.
"""
from __future__ import annotations

# doi:10.1002/14651858.CD004063.pub4
PALLIATIVE = (
    "We identified 41 RCTs with 11,853 participants for inclusion in the review as well as 49 ongoing studies. For "
    "the main comparison of adding a cytostatic and/or targeted agent to a control arm, we included 11 studies with "
    "1347 participants. This analysis demonstrated an increase in overall survival in favor of the arm with an "
    "additional cytostatic or targeted therapeutic agent with a hazard ratio (HR) of 0.75 (95% confidence interval "
    "(CI) 0.68 to 0.84, high-quality evidence). The median increased survival time was one month. Five studies in "
    "750 participants contributed data to the comparison of palliative therapy versus best supportive care. We found "
    "a benefit in overall survival in favor of the group receiving palliative chemotherapy and/or targeted therapy "
    "compared to best supportive care (HR 0.81, 95% CI 0.71 to 0.92, high-quality evidence). Subcomparisons "
    "including only people receiving second-line therapies, chemotherapies, targeted therapies, adenocarcinomas, and "
    "squamous cell carcinomas all showed a similar benefit. The only individual agent that more than one study found "
    "to improve both overall survival and progression-free survival was ramucirumab. Palliative chemotherapy and/or "
    "targeted therapy increased the frequency of grade 3 or higher treatment-related toxicity. However, "
    "treatment-related deaths did not occur more frequently. Quality of life often improved in the arm with an "
    "additional agent. People who receive more chemotherapeutic or targeted therapeutic agents have an increased "
    "overall survival compared to people who receive less. These agents, administered as both first-line or "
    "second-line treatments, also led to better overall survival than best supportive care. With the exception of "
    "ramucirumab, it remains unclear which other individual agents cause the survival benefit. Although "
    "treatment-associated toxicities of grade 3 or more occurred more frequently in arms with an additional "
    "chemotherapy or targeted therapy agent, there is no evidence that palliative chemotherapy and/or targeted "
    "therapy decrease quality of life. Based on this meta-analysis, palliative chemotherapy and/or targeted therapy "
    "can be considered standard care for esophageal and gastroesophageal junction carcinoma."
)

# doi:10.1002/14651858.CD008125.pub2
SULPIRIDE = (
    "We included three short-term and one long-term trial (total N=221). All participants had schizophrenia that was "
    "either treatment-resistant or with prominent negative symptoms. All studies compared sulpiride plus clozapine "
    "with clozapine (+/- placebo), were small and at considerable risk of bias. Short-term data of 'no clinically "
    "significant response' in global state tended to favour sulpiride augmentation of clozapine compared with "
    "clozapine alone (n=193, 3 RCTs, RR 0.58 CI 0.3 to 1.09). People allocated to sulpiride plus clozapine had more "
    "movement disorders (n=70, 1 RCT, RR 48.24 CI 3.05 to 762.56) and an increase in serum prolactin (skewed data, 1 "
    "RCT), but less incidence of hypersalivation (n=162, 3 RCTs, RR 0.49 CI 0.29 to 0.83) and less weight gain "
    "(n=64, 1 RCT, RR 0.30 CI 0.09 to 0.99). The augmentation of clozapine by sulpiride also caused less appetite "
    "loss (n=70, 1 RCT, RR 0.09 CI 0.01 to 0.70, NNT 4 CI 4 to 12, Z=2.31, P=0.02) and less abdominal distension "
    "(n=70, 1 RCT, RR 0.10 CI 0.01 to 0.78, NNT 5 CI 4 to 19, Z=2.20, P=0.03). Long-term data showed no significant "
    "difference in global state (n=70, 1 RCT, RR 0.67 CI 0.42 to 1.08) and relapse (n=70, 1 RCT, RR 0.85 CI 0.5 to "
    "1.3). Sulpiride plus clozapine is probably more effective than clozapine alone in producing clinical "
    "improvement in some people whose illness has been resistant to other antipsychotic drugs including clozapine. "
    "However, much more robust data are needed."
)

# doi:10.1002/14651858.CD007330.pub2
TINNITUS = (
    "Only one trial (123 participants) was included in the review. Several excluded trials did not follow the strict "
    "protocol for TRT, evaluating instead a modified form of TRT. The included trial showed TRT to be more effective "
    "than a tinnitus masking (TM) approach. In this study outcome data for tinnitus severity were presented using "
    "three instruments (Tinnitus Handicap Inventory (THI), Tinnitus Handicap Questionnaire (THQ), Tinnitus Severity "
    "Index (TSI)) for patients in three groups (participants' tinnitus being a 'moderate problem', big problem' or "
    "'very big problem'). At 18 months, improvements for the three groups in the three scores (TRT versus TM) were "
    "respectively: 'moderate problem' - THI: 18.2 versus 4.6, THQ: 489 versus 178, TSI 7.5 versus 1.6; 'big problem' "
    "- THI: 29.2 versus 16.7, THQ: 799 versus 256, TSI: 12.1 versus 6.7; and 'very big problem' - THI: 50.4 versus "
    "10.3, THQ; 1118 versus 300, TSI: 19.7 versus 4.8. A single, low-quality randomised controlled trial suggests "
    "that TRT is much more effective as a treatment for patients with tinnitus than tinnitus masking."
)

# doi:10.1002/14651858.CD007563.pub3
CERVIX_BRACHYTHERAPY = (
    "Four studies involving 1265 women met the inclusion criteria. In our meta-analysis to compare HDR and LDR ICBT, "
    "the pooled risk ratios (RRs) were 0.95 (95% confidence interval (CI) 0.79 to 1.15), 0.93 (95% CI 0.84 to 1.04) "
    "and 0.79 (95% CI 0.52 to 1.20) for 3-, 5- and 10-year overall survival rates respectively; and 0.95 (95% CI "
    "0.84 to 1.07) and 1.02 (0.88 to 1.19) for 5- and 10-year disease-specific survival (DSS) rates respectively. "
    "The RR for RFS was 1.04 (95% CI 0.71 to 1.52) and 0.96 (95% CI 0.81 to 1.14) at 3- and 5- years. For local "
    "control rates the RR was 0.95 (95% CI 0.86 to 1.05) and 0.95 (95% CI 0.87 to 1.05) at 3- and 5- years; with a "
    "RR of 1.09 (95% CI 0.83 to 1.43) for locoregional recurrence, 0.79 (95% CI 0.40 to 1.53) for local and distant "
    "recurrence, 2.23 (95% CI 0.78 to 6.34) for para-aortic lymph node metastasis, and 0.99 (95% CI 0.72 to 1.35) "
    "for distance metastasis. For bladder, rectosigmoid and small bowel complications, the RR was 1.33 (95% CI 0.53 "
    "to 3.34), 1.00 (95% CI 0.52 to 1.91) and 3.37 (95% CI 1.06 to 10.72) respectively. These results indicated that "
    "there were no significant differences except for increased small bowel complications with HDRs (P = 0.04). "
    "Since the last version of this review, no new studies were identified for inclusion in this review to provide "
    "additional information. This review showed no significant differences between HDR and LDR ICBT when considering "
    "OS, DSS, RFS, local control rate, recurrence, metastasis and treatment related complications for women with "
    "cervical carcinoma. Due to some potential advantages of HDR ICBT (rigid immobilization, outpatient treatment, "
    "patient convenience, accuracy of source and applicator positioning, individualized treatment) we recommend the "
    "use of HDR ICBT for all clinical stages of cervix cancer. The overall risk of bias was high for the included "
    "studies as many of the items were either of high or unclear risk. The GRADE assessment of the quality of the "
    "evidence was low to moderate."
)
