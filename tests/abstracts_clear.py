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

# doi:10.1002/14651858.CD002243.pub4: steroids for sepsis: "28-day and hospital mortality", "hypernatraemia" (round 5)
STEROIDS_SEPSIS = (
    "We included 61 trials (12,192 participants), of which six included only children, two included children and "
    "adults, and the remaining trials included only adults. Nine studies are ongoing and will be considered in future"
    " versions of this review. We judged 19 trials as being at low risk of bias. Corticosteroids versus placebo or "
    "usual care Compared to placebo or usual care, corticosteroids probably slightly reduce 28-day mortality (risk "
    "ratio (RR) 0.91, 95% confidence interval (CI) 0.84 to 0.99; 11,233 participants; 50 studies; moderate-certainty "
    "evidence). Corticosteroids may result in little to no difference in long-term mortality (RR 0.97, 95% CI 0.91 to"
    " 1.03; 6236 participants; 7 studies; low-certainty evidence) and probably slightly reduce hospital mortality (RR"
    " 0.90, 95% CI 0.82 to 0.99; 8183 participants; 26 trials; moderate-certainty evidence). Corticosteroids reduced "
    "length of intensive care unit (ICU) stay for all participants (mean difference (MD) -1.07 days, 95% CI -1.95 to "
    "-0.19; 7612 participants; 21 studies; high-certainty evidence) and resulted in a large reduction in length of "
    "hospital stay for all participants (MD -1.63 days, 95% CI -2.93 to -0.33; 8795 participants; 22 studies; high-"
    "certainty evidence). Corticosteroids increase the risk of muscle weakness (RR 1.21, 95% CI 1.01 to 1.44; 6145 "
    "participants; 6 studies; high-certainty evidence). Corticosteroids probably do not increase the risk of "
    "superinfection (RR 1.06, 95% CI 0.95 to 1.19; 5356 participants; 25 studies; moderate-certainty evidence). "
    "Corticosteroids increase the risk of hypernatraemia (high-certainty evidence) and probably increase the risk of "
    "hyperglycaemia (moderate-certainty evidence). Moderate-certainty evidence shows that there is probably little or"
    " no difference in gastroduodenal bleeding, stroke, or cardiac events, and low-certainty evidence suggests that "
    "corticosteroids may result in little to no difference in neuropsychiatric events. Continuous infusion of "
    "corticosteroids versus intermittent bolus We are uncertain about the effects of continuous infusion of "
    "corticosteroids compared with intermittent bolus administration. Three studies reported data for this "
    "comparison, and the certainty of evidence for all outcomes was very low. Moderate-certainty evidence indicates "
    "that corticosteroids probably reduce 28-day and hospital mortality among patients with sepsis. Corticosteroids "
    "result in large reductions in ICU and hospital length of stay (high-certainty evidence). There may be little or "
    "no difference in the risk of major complications; however, corticosteroids increase the risk of muscle weakness "
    "and hypernatraemia, and probably increase the risk of hyperglycaemia. The effects of continuous versus "
    "intermittent bolus administration of corticosteroids are uncertain."
)

# doi:10.1002/14651858.CD010576.pub2: total against subtotal thyroidectomy for Graves' disease (round 5)
THYROIDECTOMY = (
    "We included five RCTs with a total of 886 participants; 172 were randomised to total thyroidectomy, 383 were "
    "randomised to bilateral subtotal thyroidectomy, 309 were randomised to the Dunhill procedure and 22 were "
    "randomised to either bilateral subtotal thyroidectomy or the Dunhill procedure. Follow-up ranged between six "
    "months and six years. One trial had three comparison arms. All five trials were conducted in university "
    "hospitals or tertiary referral centres for thyroid disease. All thyroidectomies were performed by experienced "
    "surgeons. The overall quality of the evidence ranged from low to moderate. In all trials, blinding procedures "
    "were insufficiently described. Outcome assessment for objective outcomes was blinded in one trial. Surgeons were"
    " not blinded in any of the trials. One trial blinded participants. Attrition bias was a substantial problem in "
    "one trial, with 35% losses to follow-up. In one trial the analysis was not carried out on an intention-to-treat "
    "basis. Total thyroidectomy was more effective than subtotal thyroidectomy techniques (both bilateral subtotal "
    "thyroidectomy and the Dunhill procedure) at preventing recurrent hyperthyroidism in 0/150 versus 11/200 "
    "participants (OR 0.14 (95% CI 0.04 to 0.46); P = 0.001; 2 trials; moderate quality evidence). Total "
    "thyroidectomy was also more effective than bilateral subtotal thyroidectomy at preventing recurrent "
    "hyperthyroidism in 0/150 versus 10/150 participants (odds ratio (OR) 0.13 (95% confidence interval (CI) 0.04 to "
    "0.44); P = 0.001; 2 trials; moderate quality evidence). Compared to bilateral subtotal thyroidectomy, the "
    "Dunhill procedure was more likely to prevent recurrent hyperthyroidism in 20/283 versus 8/309 participants (OR "
    "2.73 (95% CI 1.28 to 5.85); P = 0.01; 3 trials; low quality evidence). Total thyroidectomy compared with "
    "subtotal thyroidectomy conferred a greater risk of permanent hypocalcaemia/hypoparathyroidism in 8/172 versus "
    "3/221 participants (OR 4.79 (95% CI 1.36 to 16.83); P = 0.01; 3 trials; low quality evidence). Effects of the "
    "various surgical techniques on permanent recurrent laryngeal nerve palsy and regression of Graves' "
    "ophthalmopathy were neutral. One death was reported in one study in year three of follow-up. No study "
    "investigated health-related quality of life or socioeconomic effects. Total thyroidectomy is more effective than"
    " subtotal thyroidectomy (both bilateral subtotal thyroidectomy and the Dunhill procedure) at preventing "
    "recurrent hyperthyroidism in Graves' disease. The type of surgery performed does not affect regression of "
    "Graves’ ophthalmopathy. There was some evidence that total thyroidectomy compared with subtotal thyroidectomy "
    "conferred a greater risk of permanent hypocalcaemia/hypoparathyroidism, which however, was not seen in "
    "comparison with bilateral subtotal thyroidectomy. Permanent recurrent laryngeal nerve palsy did not seem to be "
    "affected by type of thyroidectomy. Health-related quality of life as a patient-important outcome measure should "
    "form a core determinant of any future trial on the effects of thyroid surgery for Graves' disease."
)

# doi:10.1002/14651858.CD003914.pub4: glycopeptides for "febrile neutropenic patients" (round 5)
NEUTROPENIA = (
    "Fourteen trials and 2782 patients or episodes were included. Empirical antiGP antibiotics were tested at the "
    "onset of treatment in 12 studies, and for persistent fever in two studies. The antiGP treatment was a "
    "glycopeptide in nine trials. Eight studies were assessed in the overall mortality comparison and no significant "
    "difference was seen between the comparator arms, RR of 0.90 (95% CI 0.64 to 1.25; 8 studies, 1242 patients; "
    "moderate-quality data). Eleven trials assessed failure, including modifications as failures, while seven "
    "assessed overall failure disregarding treatment modifications. Failure with modifications was reduced, RR of "
    "0.72 (95% CI 0.65 to 0.79; 11 studies, 2169 patients; very low-quality data), while overall failure was the "
    "same, RR of 1.00 (95% CI 0.79 to 1.27; 7 studies, 943 patients; low-quality data). Sensitivity analysis for "
    "allocation concealment and incomplete outcome data did not change the results. Failure among patients with gram-"
    "positive infections was reduced with antiGP treatment, RR of 0.56 (95% CI 0.38 to 0.84, 5 studies, 175 "
    "patients), although, mortality among these patients was not changed. Data regarding other patient subgroups "
    "likely to benefit from antiGP treatment were not available. Glycopeptides did not increase fungal superinfection"
    " rates and were associated with a reduction in documented gram-positive superinfections. Resistant colonisation "
    "was not documented in the studies. Based on very low- or low-quality evidence using the GRADE approach and "
    "overall low risk of bias, the current evidence shows that the empirical routine addition of antiGP treatment, "
    "namely glycopeptides, does not improve the outcomes of febrile neutropenic patients with cancer."
)

# doi:10.1002/14651858.CD003546.pub3: switching to olanzapine: a medicine named only by its international name (round 5)
OLANZAPINE = (
    "Currently this review includes four pioneering studies (total n = 138 , duration two weeks to four months), two "
    "of which are cross-over trials. One trial reported significantly more erections sufficient for penetration when "
    "receiving sildenafil compared with when receiving placebo (n = 32, MD 3.20 95% CI 1.83 to 4.57), a greater mean "
    "duration of erections (n = 32, MD 1.18 95% CI 0.52 to 1.84) and frequency of satisfactory intercourse (n = 32, "
    "MD 2.84 95% CI 1.61 to 4.07). The second trial found no evidence for selegiline as symptomatic treatment for "
    "antipsychotic-induced sexual dysfunction compared with placebo (n = 10, MD change on Aizenberg's sexual "
    "functioning scale -0.40 95% CI -3.95 to 3.15). No evidence was found for switching to quetiapine from "
    "risperidone to improve sexual functioning (n = 36, MD -2.02 95% CI -5.79 to 1.75). One trial reported "
    "significant improvement in sexual functioning when participants switched from risperidone or an typical "
    "antipsychotic to olanzapine (n = 54, MD -0.80 95% CI -1.55 to -0.05). We are not confident that cross-over "
    "studies are appropriate for this participant group as they are best for conditions that are stable and for "
    "interventions with no physiological and psychological carry-over. Sildenafil may be a useful option in the "
    "treatment of antipsychotic-induced sexual dysfunction in men with schizophrenia, but this conclusion is based "
    "only on one small short trial. Switching to olanzapine may improve sexual functioning in men and women, but the "
    "trial assessing this was a small, open label trial. Further well designed randomised control trials that are "
    "blinded and well conducted and reported, which investigate the effects of dose reduction, drug holidays, "
    "symptomatic therapy and switching antipsychotic on sexual function in people with antipsychotic-induced sexual "
    "dysfunction are urgently needed."
)

# doi:10.1002/14651858.CD007137.pub5
LACTOFERRIN = (
    "This review includes six RCTs. Trial results show that lactoferrin supplementation to enteral feeds decreased "
    "late-onset sepsis (typical risk ratio (RR) 0.59, 95% confidence interval (CI) 0.40 to 0.87; typical risk "
    "difference (RD) -0.06, 95% CI -0.10 to -0.02; number needed to treat for an additional beneficial outcome "
    "(NNTB) 17, 95% CI 10 to 50; six trials, 886 participants; low-quality evidence) and NEC stage II or III "
    "(typical RR 0.40, 95% CI 0.18 to 0.86; typical RD -0.04, 95% CI -0.06 to -0.01; NNTB 25, 95% CI 17 to 100; "
    "four studies, 750 participants; low-quality evidence). Lactoferrin supplementation did not have an effect on "
    "\"all-cause mortality\" (typical RR 0.65, 95% CI 0.37 to 1.11; typical RD -0.02, 95% CI -0.05 to 0; six studies,"
    " 1041 participants; low-quality evidence). Lactoferrin supplementation to enteral feeds with probiotics "
    "decreased late-onset sepsis (RR 0.27, 95% CI 0.12 to 0.60; RD -0.13, 95% CI -0.19 to -0.06; NNTB 8, 95% CI 5 "
    "to 17; one study, 321 participants; low-quality evidence) and NEC stage II or III (RR 0.04, 95% CI 0.00 to "
    "0.62; RD -0.05, 95% CI -0.08 to -0.03; NNTB 20, 95% CI 12.5 to 33.3; one study, 496 participants; low-quality "
    "evidence), but not \"all-cause mortality\" (low-quality evidence). Lactoferrin supplementation to enteral feeds "
    "with or without probiotics decreased bacterial and fungal sepsis but not CLD or length of hospital stay (low-"
    "quality evidence). Investigators reported no adverse effects and did not evaluate long-term neurological "
    "outcomes and PVL. Evidence of low quality suggests that lactoferrin supplementation to enteral feeds with or "
    "without probiotics decreases late-onset sepsis and NEC stage II or III in preterm infants without adverse "
    "effects. Completed ongoing trials will provide data from more than 6000 preterm neonates, which may enhance "
    "the quality of the evidence. Clarification regarding optimal dosing regimens, types of lactoferrin (human or "
    "bovine), and long-term outcomes is needed."
)

# doi:10.1002/14651858.CD000553.pub2
SHUNTS = (
    "Twenty-two trials evaluating 1409 patients were included. All trials had problems of method. Shunt therapy "
    "compared with ET demonstrated significantly less rebleeding (OR 0.24, 95% CI 0.18 to 0.30) at the cost of "
    "significantly increased acute hepatic encephalopathy (OR 2.07, 95% CI 1.59 to 2.69) and chronic encephalopathy"
    " (OR 2.09, 95% CI 1.20 to 3.62). There were no significant differences regarding mortality (hazard ratio 1.00,"
    " 95% CI 0.82 to 1.21) and duration of in-patient stay (weighed mean difference 0.78 day, 95% CI -1.48 to "
    "3.05). The proportion of patients with shunt occlusion or dysfunction was 3.1% (95% CI 0.4 to 10.7%) following"
    " TS (two trials), 7.8% (95% CI 3.8 to 13.9%) following DSRS (four trials), and 59% (range 18% to 72%) "
    "following TIPS (14 trials). All shunts resulted in a significantly lower rebleeding rate at the expense of a "
    "higher incidence of encephalopathy. TIPS was complicated by a high incidence of shunt dysfunction. No survival"
    " advantage was demonstrated with any shunt."
)
