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
