"""Real abstracts behind the fifth round of plain-language fixes (issue 14), each kept word for word.

The Cochrane abstracts come from the Cochrane plain-language-summary data set (CC BY 4.0);
the DOI beside each names its review.
"""
from __future__ import annotations

# doi:10.1002/14651858.CD004659.pub3
ASPIRIN_PREGNANCY = (
    "Seventy-seven trials (40,249 women, and their babies) were included, although three trials (relating to 233 "
    "women) did not contribute data to the meta-analysis. Nine of the trials contributing data were large (> "
    "1000 women recruited), accounting for 80% of women recruited. Although the trials took place in a wide "
    "range of countries, all of the nine large trials involved only women in high-income and/or upper "
    "middle-income countries. IPD were available for 36 trials (34,514 women), including all but one of the "
    "large trials. Low-dose aspirin alone was the intervention in all the large trials, and most trials overall. "
    "Dose in the large trials was 50 mg (1 trial, 1106 women), 60 mg (5 trials, 22,322 women), 75mg (1 trial, "
    "3697 women) 100 mg (1 trial, 3294 women) and 150 mg (1 trial, 1776 women). Most studies were either low "
    "risk of bias or unclear risk of bias; and the large trials were all low risk of bas. Antiplatelet agents "
    "versus placebo/no treatment The use of antiplatelet agents reduced the risk of proteinuric pre-eclampsia by "
    "18% (36,716 women, 60 trials, RR 0.82, 95% CI 0.77 to 0.88; high-quality evidence), number needed to treat "
    "for one women to benefit (NNTB) 61 (95% CI 45 to 92). There was a small (9%) reduction in the RR for "
    "preterm birth <37 weeks (35,212 women, 47 trials; RR 0.91, 95% CI 0.87 to 0.95, high-quality evidence), "
    "NNTB 61 (95% CI 42 to 114), and a 14% reduction infetal deaths, neonatal deaths or death before hospital "
    "discharge (35,391 babies, 52 trials; RR 0.85, 95% CI 0.76 to 0.95; high-quality evidence), NNTB 197 (95% CI "
    "115 to 681). Antiplatelet agents slightly reduced the risk of small-for-gestational age babies (35,761 "
    "babies, 50 trials; RR 0.84, 95% CI 0.76 to 0.92; high-quality evidence), NNTB 146 (95% CI 90 to 386), and "
    "pregnancies with serious adverse outcome (a composite outcome including maternal death, baby death, "
    "pre-eclampsia, small-for-gestational age, and preterm birth) (RR 0.90, 95% CI 0.85 to 0.96; 17,382 women; "
    "13 trials, high-quality evidence), NNTB 54 (95% CI 34 to 132). Antiplatelet agents probably slightly "
    "increase postpartum haemorrhage > 500 mL (23,769 women, 19 trials; RR 1.06, 95% CI 1.00 to 1.12; "
    "moderate-quality evidence due to clinical heterogeneity), and they probably marginally increase the risk of "
    "placental abruption, although for this outcome the evidence was downgraded due to a wide confidence "
    "interval including the possibility of no effect (30,775 women; 29 trials; RR 1.21, 95% CI 0.95 to 1.54; "
    "moderate-quality evidence). Data from two large trials which assessed children at aged 18 months (including "
    "results from over 5000 children), did not identify clear differences in development between the two groups. "
    "Administering low-dose aspirin to pregnant women led to small-to-moderate benefits, including reductions in "
    "pre-eclampsia (16 fewer per 1000 women treated), preterm birth (16 fewer per 1000 treated), the baby being "
    "born small-for-gestational age (seven fewer per 1000 treated) and fetal or neonatal death (five fewer per "
    "1000 treated). Overall, administering antiplatelet agents to 1000 women led to 20 fewer pregnancies with "
    "serious adverse outcomes. The quality of evidence for all these outcomes was high. Aspirin probably "
    "slightly increased the risk of postpartum haemorrhage of more than 500 mL, however, the quality of evidence "
    "for this outcome was downgraded to moderate, due to concerns of clinical heterogeneity in measurements of "
    "blood loss. Antiplatelet agents probably marginally increase placental abruption, but the quality of the "
    "evidence was downgraded to moderate due to low event numbers and thus wide 95% CI. Overall, antiplatelet "
    "agents improved outcomes, and at these doses appear to be safe. Identifying women who are most likely to "
    "respond to low-dose aspirin would improve targeting of treatment. As almost all the women in this review "
    "were recruited to the trials after 12 weeks' gestation, it is unclear whether starting treatment before 12 "
    "weeks’ would have additional benefits without any increase in adverse effects. While there was some "
    "indication that higher doses of aspirin would be more effective, further studies would be warranted to "
    "examine this."
)


# doi:10.1002/14651858.CD008125.pub2
SULPIRIDE = (
    "We included three short-term and one long-term trial (total N=221). All participants had schizophrenia that "
    "was either treatment-resistant or with prominent negative symptoms. All studies compared sulpiride plus "
    "clozapine with clozapine (+/- placebo), were small and at considerable risk of bias. Short-term data of 'no "
    "clinically significant response' in global state tended to favour sulpiride augmentation of clozapine "
    "compared with clozapine alone (n=193, 3 RCTs, RR 0.58 CI 0.3 to 1.09). People allocated to sulpiride plus "
    "clozapine had more movement disorders (n=70, 1 RCT, RR 48.24 CI 3.05 to 762.56) and an increase in serum "
    "prolactin (skewed data, 1 RCT), but less incidence of hypersalivation (n=162, 3 RCTs, RR 0.49 CI 0.29 to "
    "0.83) and less weight gain (n=64, 1 RCT, RR 0.30 CI 0.09 to 0.99). The augmentation of clozapine by "
    "sulpiride also caused less appetite loss (n=70, 1 RCT, RR 0.09 CI 0.01 to 0.70, NNT 4 CI 4 to 12, Z=2.31, "
    "P=0.02) and less abdominal distension (n=70, 1 RCT, RR 0.10 CI 0.01 to 0.78, NNT 5 CI 4 to 19, Z=2.20, "
    "P=0.03). Long-term data showed no significant difference in global state (n=70, 1 RCT, RR 0.67 CI 0.42 to "
    "1.08) and relapse (n=70, 1 RCT, RR 0.85 CI 0.5 to 1.3). Sulpiride plus clozapine is probably more effective "
    "than clozapine alone in producing clinical improvement in some people whose illness has been resistant to "
    "other antipsychotic drugs including clozapine. However, much more robust data are needed."
)


# doi:10.1002/14651858.CD007137.pub5
LACTOFERRIN = (
    "This review includes six RCTs. Trial results show that lactoferrin supplementation to enteral feeds "
    "decreased late-onset sepsis (typical risk ratio (RR) 0.59, 95% confidence interval (CI) 0.40 to 0.87; "
    "typical risk difference (RD) -0.06, 95% CI -0.10 to -0.02; number needed to treat for an additional "
    "beneficial outcome (NNTB) 17, 95% CI 10 to 50; six trials, 886 participants; low-quality evidence) and NEC "
    "stage II or III (typical RR 0.40, 95% CI 0.18 to 0.86; typical RD -0.04, 95% CI -0.06 to -0.01; NNTB 25, "
    "95% CI 17 to 100; four studies, 750 participants; low-quality evidence). Lactoferrin supplementation did "
    "not have an effect on \"all-cause mortality\" (typical RR 0.65, 95% CI 0.37 to 1.11; typical RD -0.02, 95% CI "
    "-0.05 to 0; six studies, 1041 participants; low-quality evidence). Lactoferrin supplementation to enteral "
    "feeds with probiotics decreased late-onset sepsis (RR 0.27, 95% CI 0.12 to 0.60; RD -0.13, 95% CI -0.19 to "
    "-0.06; NNTB 8, 95% CI 5 to 17; one study, 321 participants; low-quality evidence) and NEC stage II or III "
    "(RR 0.04, 95% CI 0.00 to 0.62; RD -0.05, 95% CI -0.08 to -0.03; NNTB 20, 95% CI 12.5 to 33.3; one study, "
    "496 participants; low-quality evidence), but not \"all-cause mortality\" (low-quality evidence). Lactoferrin "
    "supplementation to enteral feeds with or without probiotics decreased bacterial and fungal sepsis but not "
    "CLD or length of hospital stay (low-quality evidence). Investigators reported no adverse effects and did "
    "not evaluate long-term neurological outcomes and PVL. Evidence of low quality suggests that lactoferrin "
    "supplementation to enteral feeds with or without probiotics decreases late-onset sepsis and NEC stage II or "
    "III in preterm infants without adverse effects. Completed ongoing trials will provide data from more than "
    "6000 preterm neonates, which may enhance the quality of the evidence. Clarification regarding optimal "
    "dosing regimens, types of lactoferrin (human or bovine), and long-term outcomes is needed."
)

