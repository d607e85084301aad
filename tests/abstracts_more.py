"""More real abstracts that trip up plain-language summaries, each kept word for word (split from abstracts.py).

The Cochrane abstracts come from the Cochrane plain-language-summary data set (CC BY 4.0);
the DOI beside each names its review.
"""

from __future__ import annotations

# doi:10.1002/14651858.CD006857.pub2
UTI_ANTIBIOTICS = (
    "Sixteen RCTs, analysing 1,116 children were included. Conventional 10-day antibiotic treatment "
    "significantly increased the number of children free of persistent bacteriuria compared to single-dose "
    "therapy (6 studies, 228 children: RR 2.01, 95%CI 1.06 to 3.80). No heterogeneity was observed. "
    "Persistent bacteriuria at the end of treatment was reported in 24% of children receiving single-dose "
    "therapy compared to 10% of children who were randomised to 10-day therapy. There were no significant "
    "differences between groups for persistent symptoms, recurrence following treatment, or re-infection "
    "following treatment. There was insufficient data to analyse the effect of antibiotics on renal "
    "parenchymal damage, compliance, development of resistant organisms or adverse events. Despite the "
    "inclusion of 16 RCTs, methodological weakness and small sample sizes made it difficult to conclude if "
    "any of the included antibiotics or regimens were superior to another. Although antibiotic treatment is "
    "effective for children with UTI, there are insufficient data to answer the question of which type of "
    "antibiotic or which duration is most effective to treat symptomatic lower UTI. This review found that "
    "10-day antibiotic treatment is more likely to eliminate bacteria from the urine than single-dose "
    "treatments. No differences were observed for persistent bacteriuria, recurrence or re-infection between "
    "short and long-course antibiotics where the antibiotic differed between groups. This data adds to an "
    "existing Cochrane review comparing short and long-course treatment of the same antibiotic who also "
    "reported no evidence of difference between short and long-course antibiotics."
)

# doi:10.1002/14651858.CD008909.pub2
ANTHRACYCLINES = (
    "Eight RCTs, conducted between 1974 and 2011, and involving 2636 patients were included in this "
    "meta-analysis. All trials included therapy-naive patients. Rituximab was used in one trial only. "
    "Follow-up was between three and five years in most trials (range three to 18 years). All trials were "
    "published in peer-reviewed journals. Five trials compared similar chemotherapeutic regimens, except for "
    "the anthracycline. In three studies reporting overall survival specifically in FL patients, there was no "
    "statistically significant difference between ACR and non-ACR arms (HR 0.99; 95% CI 0.77 to 1.29; I2 = "
    "0%). ACR significantly improved disease control (HR 0.65; 95% CI 0.52 to 0.81; four trials). Progression "
    "or relapse at three years were reduced (RR 0.73; 95% CI 0.63 to 0.85). Anthracyclines did not "
    "significantly increase rates of complete response (RR 1.05; 95% CI 0.94 to 1.18) or overall response (RR "
    "1.06; 95% CI 1.00 to 1.12), but heterogeneity was substantial. Overall, ACR were more often associated "
    "with cytopenias, but not with serious infections or death related to chemotherapy. Cardiotoxicity, "
    "albeit rare, was associated with anthracycline use (RR 4.55; 95% CI 0.92 to 22.49; four trials). Three "
    "trials added anthracycline to one arm of two different regimens. None showed benefit to ACR regarding "
    "OS, yet there was a trend in favor of anthracyclines for disease control. Results were heterogeneous. We "
    "judged the overall quality of these trials as moderate as all are unblinded, some are outdated and are "
    "not uniform in outcome definitions. The use of anthracyclines in patients with FL has no demonstrable "
    "benefit on overall survival, although it may have been mitigated by the more intense regimens given in "
    "the control arms of three of five trials. ACR improved disease control, as measured by PFS and RD with "
    "an increased risk for side effects, notably cardiotoxicity. The current evidence on the added value of "
    "ACR in the management of FL is limited. Further studies involving immunotherapy during induction and "
    "maintenance may change conclusion."
)
# doi:10.1002/14651858.CD009286.pub3
SSRI_STROKE = (
    "We identified a total of 63 eligible trials recruiting 9168 participants, most of which provided "
    "data only at end of treatment and not at follow-up. There was a wide age range. About half the "
    "trials required participants to have depression to enter the trial. The duration, drug, and dose "
    "varied between trials. Only three of the included trials were at low risk of bias across the key "
    "'Risk of bias' domains. A meta-analysis of these three trials found little or no effect of SSRI on "
    "either disability score: SMD −0.01 (95% CI −0.09 to 0.06; P = 0.75; 2 studies, 2829 participants; "
    "moderate-quality evidence) or independence: RR 1.00 (95% CI 0.91 to 1.09; P = 0.99; 3 studies, 3249 "
    "participants; moderate-quality evidence). We downgraded both these outcomes for imprecision. SSRIs "
    "reduced the average depression score (SMD 0.11 lower, 0.19 lower to 0.04 lower; 2 trials, 2861 "
    "participants; moderate-quality evidence), but there was a higher observed number of "
    "gastrointestinal side effects among participants treated with SSRIs compared to placebo (RR 2.19, "
    "95% CI 1.00 to 4.76; P = 0.05; 2 studies, 148 participants; moderate-quality evidence), with no "
    "evidence of heterogeneity (I2 = 0%). For seizures there was no evidence of a substantial "
    "difference. When we included all trials in a sensitivity analysis, irrespective of risk of bias, "
    "SSRIs appeared to reduce disability scores but not dependence. One large trial (FOCUS) dominated "
    "the results. We identified several ongoing trials, including two large trials that together will "
    "recruit more than 3000 participants. We found no reliable evidence that SSRIs should be used "
    "routinely to promote recovery after stroke. Meta-analysis of the trials at low risk of bias "
    "indicate that SSRIs do not improve recovery from stroke. We identified potential improvements in "
    "disability only in the analyses which included trials at high risk of bias. A further meta-analysis "
    "of large ongoing trials will be required to determine the generalisability of these findings."
)

# doi:10.1002/14651858.CD003834.pub3
LITHIUM = (
    "The update search in 2012 detected two further studies that met our inclusion criteria. We did not "
    "find any further studies that met our inclusion criteria in the 2015 search. This review now "
    "includes 22 studies, with a total of 763 participants (median mean age: 35 years, range: 26 to 72 "
    "years). Most studies were small, of short duration, and incompletely reported. As we detected a "
    "high risk of bias in many studies, the overall methodological quality of the included sample was "
    "rather low. Three small studies comparing lithium with placebo as the sole treatment showed no "
    "difference in any of the outcomes we analysed. In eight studies comparing lithium with "
    "antipsychotic drugs as the sole treatment, more participants in the lithium group left the studies "
    "early (eight RCTs; n = 270, RR 1.77, 95% CI 1.01 to 3.11, low quality evidence). Thirteen studies "
    "examined whether the augmentation of antipsychotic drugs with lithium salts is more effective than "
    "antipsychotic drugs alone. More participants who received lithium augmentation had a clinically "
    "significant response (10 RCTs; n = 396, RR 1.81, 95% CI 1.10 to 2.97, low quality evidence). "
    "However, this effect became non-significant when we excluded participants with schizoaffective "
    "disorders in a sensitivity analysis (seven RCTs; n = 272, RR 1.64, 95% CI 0.95 to 2.81), when we "
    "excluded non-double-blind studies (seven RCTs; n = 224, RR 1.82, 95% CI 0.84 to 3.96), or when we "
    "excluded studies with high attrition (nine RCTs; n = 355, RR 1.67, CI 0.93 to 3.00). The overall "
    "acceptability of treatment (measured by the number of participants leaving the studies early) was "
    "not significantly different between groups (11 RCTs; n = 320, RR 1.89, CI 0.93 to 3.84, very low "
    "quality evidence). Few studies reported on side effects. There were no significant differences, but "
    "the database is too limited to make any judgement in this regard. For example, there were no data "
    "on thyroid dysfunction and kidney problems - two major and well-known side effects of lithium. The "
    "evidence base for the use of lithium in schizophrenia is limited to 22 studies of overall low "
    "methodological quality. There is no randomised trial-based evidence that lithium on its own is an "
    "effective treatment for people with schizophrenia. There is some GRADE low quality evidence that "
    "augmentation of antipsychotics with lithium is effective, but the effects are not significant when "
    "more prone-to-bias open RCTs are excluded. Nevertheless, further large and well-designed trials are "
    "justified. These should concentrate on two target groups: (1) people with no affective symptoms, so "
    "that trialists can determine whether lithium has an effect on the core symptoms of schizophrenia, "
    "and (2) people with schizoaffective disorders for whom lithium is widely used in clinical practice, "
    "although there is no evidence to support this use."
)

# doi:10.1002/14651858.CD004993.pub3
HYSTERECTOMY = (
    "There was no evidence of a difference in the rates of multiple outcomes that assessed urinary, "
    "bowel or sexual function between TH and STH, either in the short term (up to two years "
    "post-surgery) or long term (nine years post-surgery). Length of operation (difference of 11 min) "
    "and amount of blood lost during surgery (difference of 57 ml) were significantly reduced during "
    "subtotal hysterectomy when compared with total hysterectomy. These differences are unlikely to "
    "constitute a clinical benefit and there was no evidence of a difference in the odds of blood "
    "transfusion. Post-operative fever and urinary retention were less likely (fever: OR 0.48, 95% CI "
    "0.3 to 0.8; retention: OR 0.23, 95% CI 0.1 to 0.8) and ongoing cyclical vaginal bleeding up to two "
    "years after surgery was more likely (OR 16.0, 95% CI 6.1 to 41.6) after STH compared with TH. There "
    "was no evidence of a difference in the rates of other complications, recovery from surgery, "
    "alleviation of pre-surgery symptoms or readmission rates between the two types of hysterectomy "
    "carried out through the abdominal or laparoscopic route, although trials comparing the laparoscopic "
    "route were underpowered to detect some differences. This review has not confirmed the perception "
    "that subtotal hysterectomy offers improved outcomes for sexual, urinary or bowel function when "
    "compared with total abdominal hysterectomy. Women are more likely to experience ongoing cyclical "
    "bleeding up to a year after surgery with subtotal hysterectomy compared to total hysterectomy."
)

