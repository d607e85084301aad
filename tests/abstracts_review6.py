"""Real abstracts behind the sixth round of plain-language fixes (issue 14), each kept word for word.

The Cochrane abstracts come from the Cochrane plain-language-summary data set (CC BY 4.0);
the DOI beside each names its review.
"""
from __future__ import annotations

# doi:10.1002/14651858.CD003633.pub3
BOTULINUM_DYSTONIA = (
    "We included eight RCTs of moderate overall risk of bias, including 1010 participants with cervical "
    "dystonia. Six studies excluded participants with poorer responses to BtA treatment, therefore including an"
    " enriched population with a higher probability of benefiting from this therapy. Only one trial was "
    "independently funded. All RCTs evaluated the effect of a single BtA treatment session, using doses from "
    "150 U to 236 U of onabotulinumtoxinA (Botox), 120 U to 240 U of incobotulinumtoxinA (Xeomin), and 250 U to"
    " 1000 U of abobotulinumtoxinA (Dysport). BtA was associated with a moderate-to-large improvement in the "
    "participant's baseline clinical status as assessed by investigators, with reduction of 8.06 points in the "
    "Toronto Western Spasmodic Torticollis Rating Scale (TWSTRS total score) at week 4 after injection (95% CI "
    "6.08 to 10.05; I2 = 0%) compared to placebo, corresponding on average to a 18.7% improvement from "
    "baseline. The mean difference (MD) in TWSTRS pain subscore at week 4 was 2.11 (95% CI 1.38 to 2.83; I2 = "
    "0%). Overall, both participants and clinicians reported an improvement of subjective clinical status. "
    "There were no differences between groups regarding withdrawals due to adverse events. However, BtA "
    "treatment was associated with an increased risk of experiencing an adverse event (risk ratio (RR) 1.19; "
    "95% CI 1.03 to 1.36; I2 = 16%). Dysphagia (9%) and diffuse weakness/tiredness (10%) were the most common "
    "treatment-related adverse events (dysphagia: RR 3.04; 95% CI 1.68 to 5.50; I2 = 0%; diffuse "
    "weakness/tiredness: RR 1.78; 95% CI 1.08 to 2.94; I2 = 0%). Treatment with BtA was associated with a "
    "decreased risk of participants withdrawing from trials. We have moderate certainty in the evidence across "
    "all of the aforementioned outcomes. We found no evidence supporting the existence of a clear dose-response"
    " relationship with BtA, nor a difference between BtA formulations, nor a difference with use of EMG-guided"
    " injection. Due to clinical heterogeneity, we did not pool data regarding health-related quality of life, "
    "duration of clinical effect, or the development of secondary non-responsiveness. We have moderate "
    "certainty in the evidence that a single BtA treatment session is associated with a significant and "
    "clinically relevant reduction of cervical dystonia-specific impairment, including severity, disability, "
    "and pain, and that it is well tolerated, when compared with placebo. There is also moderate certainty in "
    "the evidence that people treated with BtA are at an increased risk of developing adverse events, most "
    "notably dysphagia and diffuse weakness. There are no data from RCTs evaluating the effectiveness and "
    "safety of repeated BtA injection cycles. There is no evidence from RCTs to allow us to draw definitive "
    "conclusions on the optimal treatment intervals and doses, usefulness of guidance techniques for injection,"
    " the impact on quality of life, or the duration of treatment effect."
)
