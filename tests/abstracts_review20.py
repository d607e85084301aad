"""Real abstracts behind the twentieth round of "What was studied" fixes (issue 14), each kept word for word.

The Cochrane abstracts come from the Cochrane plain-language-summary data set (CC BY 4.0);
the DOI beside each names its review.
"""
from __future__ import annotations

# doi:10.1002/14651858.CD003205.pub2
OMEGA3_DIABETES = (
    "Twenty three randomised controlled trials (1075 participants) were included with a mean treatment duration of "
    "8.9 weeks. The mean dose of omega-3 PUFA used in the trials was 3.5 g/d. No trials with vascular events or mor"
    "tality endpoints were identified. Among those taking omega-3 PUFA triglyceride levels were significantly lower"
    "ed by 0.45 mmol/L (95% confidence interval (CI) -0.58 to -0.32, P < 0.00001) and VLDL cholesterol lowered by -"
    "0.07 mmol/L (95% CI -0.13 to 0.00, P = 0.04). LDL cholesterol levels were raised by 0.11 mmol/L (95% CI 0.00 t"
    "o 0.22, P = 0.05). No significant change in or total or HDL cholesterol, HbA1c, fasting glucose, fasting insul"
    "in or body weight was observed. The increase in VLDL remained significant only in trials of longer duration an"
    "d in hypertriglyceridemic patients. The elevation in LDL cholesterol was non-significant in subgroup analyses."
    " No adverse effects of the intervention were reported. Omega-3 PUFA supplementation in type 2 diabetes lowers "
    "triglycerides and VLDL cholesterol, but may raise LDL cholesterol (although results were non-significant in su"
    "bgroups) and has no statistically significant effect on glycemic control or fasting insulin. Trials with vascu"
    "lar events or mortality defined endpoints are needed."
)

# doi:10.1002/14651858.CD004700.pub2
CHEST_RADIOTHERAPY_TIMING = (
    "We found no significant differences in overall survival, whether chest radiotherapy was delivered within 30 da"
    "ys after the start of chemotherapy or later, even after exclusion of the only study that delivered chest radio"
    "therapy during cycles of non-platinum chemotherapy (HR 0.86 in favour of early radiation, P = 0.11). The same "
    "was observed for studies having early chest radiotherapy delivered in an overall treatment time of less than 3"
    "0 days compared to a longer treatment time (HR 0.82, P = 0.13). These results should be interpreted with cauti"
    "on because the largest trial has follow-up data up to three years only. The outcome of longer follow up for ov"
    "erall survival remains to be seen. Local tumour control was not significantly different between early and late"
    " chest radiotherapy, nor the incidence of severe pneumonitis or severe oesophagitis. However, we observed a tr"
    "end towards a higher chance of developing oesophagitis and pneumonitis when early chest radiotherapy was deliv"
    "ered during chemotherapy, which remained for oesophagitis, but not pneumonitis, after exclusion of studies wit"
    "h non-platinum based chemotherapy. At present, it is uncertain whether the timing of chest radiotherapy as suc"
    "h is important for survival. The optimal integration of chemotherapy and chest radiotherapy in patients with l"
    "imited-stage small cell lung cancer is unknown. Further research is needed to establish the best combination o"
    "f radiotherapy and chemotherapy in this disease."
)

# doi:10.1002/14651858.CD011005.pub2
FATIGUE_MND = (
    "We included one pharmacological (modafinil) study and three non-pharmacological studies (resistance exercise, "
    "respiratory exercise, and repetitive transcranial magnetic stimulation (rTMS)), involving a total of 86 partic"
    "ipants with ALS/MND. None of the included studies were free from risk of bias. Since there was only one trial "
    "for each intervention, no meta-analysis was possible. All studies assessed fatigue using the Fatigue Severity "
    "Scale (FSS; scale from 9 to 63, higher scores indicate more fatigue). Information for assessing bias was often"
    " lacking in study reports, making the risk of bias unclear across several domains in all trials. Blinding of p"
    "articipants was not possible in exercise trials, but the outcome assessment was blinded. We found very low-qua"
    "lity evidence suggesting possible improvements in fatigue for modafinil treatment versus placebo (MD -11.00, 9"
    "5% CI -23.08 to 1.08), respiratory exercise versus a sham intervention (MD -9.65, 95% CI -22.04 to 2.73), and "
    "rTMS versus sham rTMS (data not provided), which warrant further investigation to clarify the efficacy of thes"
    "e treatments for fatigue in ALS/MND. We found no clear improvements in fatigue for resistance exercise versus "
    "usual care (MD 0.20, 95% CI -10.98 to 11.38; very low-quality evidence). Three participants in the modafinil g"
    "roup dropped out of the modafinil study, two citing issues with headache and one with chest tightness; other a"
    "dverse effects were anxiety, nausea, dizziness, and sialorrhoea (probably ALS-related). The trials reported no"
    " adverse effects of exercise or rTMS. We cannot be certain about the effects of any of the interventions studi"
    "ed because of imprecision (small numbers of participants, wide CI), and possible study limitations. It is impo"
    "ssible to draw firm conclusions about the effectiveness of interventions to improve fatigue for people with AL"
    "S/MND as there are few randomised studies, and the quality of available evidence is very low."
)
