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
