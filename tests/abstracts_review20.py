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

# doi:10.1002/14651858.CD006205.pub4
NECK_DISSECTION = (
    "We identified five new trials in this update, bringing the total number of included trials to 12 (2300 partici"
    "pants; 2148 with cancers of the oral cavity). We assessed four trials at high risk of bias, and eight at uncle"
    "ar. None of the included trials compared different surgical approaches for the excision of the primary tumour."
    " We grouped the trials into seven main comparisons. Future research may change the findings as there is only v"
    "ery low-certainty evidence available for all results. Five trials compared elective neck dissection (ND) with "
    "therapeutic (delayed) ND in participants with oral cavity cancer and clinically negative neck nodes, but diffe"
    "rences in type of surgery and duration of follow-up made meta-analysis inappropriate in most cases. Four of th"
    "ese trials reported overall and disease-free survival. The meta-analyses of two trials found no evidence of ei"
    "ther intervention leading to greater overall survival (hazard ratio (HR) 0.84, 95% confidence interval (CI) 0."
    "41 to 1.72; 571 participants), or disease-free survival (HR 0.73, 95% CI 0.25 to 2.11; 571 participants), but "
    "one trial found a benefit for elective supraomohyoid ND compared to therapeutic ND in overall survival (RR 0.4"
    "0, 95% CI 0.19 to 0.84; 67 participants) and disease-free survival (HR 0.32, 95% CI 0.12 to 0.84; 67 participa"
    "nts). Four individual trials assessed locoregional recurrence, but could not be meta-analysed; one trial favou"
    "red elective ND over therapeutic delayed ND, while the others were inconclusive. Two trials compared elective "
    "radical ND with elective selective ND, but we were unable to pool the data for two outcomes. Neither study fou"
    "nd evidence of a difference in overall survival or disease-free survival. A single trial found no evidence of "
    "a difference in recurrence. One trial compared surgery plus radiotherapy with radiotherapy alone, but data wer"
    "e unreliable because the trial stopped early and there were multiple protocol violations. One trial comparing "
    "positron-emission tomography-computed tomography (PET-CT) following chemoradiotherapy (with ND only if no or i"
    "ncomplete response) versus planned ND (either before or after chemoradiotherapy), showed no evidence of a diff"
    "erence in mortality (HR 0.92, 95% CI 0.65 to 1.31; 564 participants). The trial did not provide usable data fo"
    "r the other outcomes. Three single trials compared: surgery plus adjunctive radiotherapy versus chemoradiother"
    "apy; supraomohyoid ND versus modified radical ND; and super selective ND versus selective ND. There were no us"
    "eable data from these trials. The reporting of adverse events was poor. Four trials measured adverse events. O"
    "nly one of the trials reported quality of life as an outcome. Twelve randomised controlled trials evaluated ND"
    " surgery in people with oral cavity cancers; however, the evidence available for all comparisons and outcomes "
    "is very low certainty, therefore we cannot rely on the findings. The evidence is insufficient to draw conclusi"
    "ons about elective ND of clinically negative neck nodes at the time of removal of the primary tumour compared "
    "to therapeutic (delayed) ND. Two trials combined in meta-analysis suggested there is no difference between the"
    "se interventions, while one trial (which evaluated elective supraomohyoid ND) found that it may be associated "
    "with increased overall and disease-free survival. One trial found elective ND reduced locoregional recurrence,"
    " while three were inconclusive. There is no evidence that radical ND increases overall or disease-free surviva"
    "l compared to more conservative ND surgery, or that there is a difference in mortality between PET-CT surveill"
    "ance following chemoradiotherapy versus planned ND (before or after chemoradiotherapy). Reporting of adverse e"
    "vents in all trials was poor and it was not possible to compare the quality of life of people undergoing diffe"
    "rent surgical treatments."
)

# doi:10.1002/14651858.CD009376.pub2
GUM_CARE_SPT = (
    "We included four trials involving 307 participants aged 31 to 85 years, who had been previously treated for mo"
    "derate to severe chronic periodontitis. Three studies compared adjuncts to mechanical debridement in SPT versu"
    "s debridement only. The adjuncts were local antibiotics in two studies (one at high risk of bias and one at lo"
    "w risk) and photodynamic therapy in one study (at unclear risk of bias). One study at high risk of bias compar"
    "ed provision of SPT by a specialist versus general practitioner. We did not identify any RCTs evaluating the e"
    "ffects of SPT versus monitoring only, or of providing SPT at different time intervals, or that compared the ef"
    "fects of mechanical debridement using different approaches or technologies. No included trials measured our pr"
    "imary outcome 'tooth loss'; however, studies evaluated signs of inflammation and potential periodontal disease"
    " progression, including bleeding on probing (BoP), clinical attachment level (CAL) and probing pocket depth (P"
    "PD). There was no evidence of a difference between SPT delivered by a specialist versus a general practitioner"
    " for BoP or PPD at 12 months (very low-quality evidence). This study did not measure CAL or adverse events. Du"
    "e to heterogeneous outcome reporting, it was not possible to combine data from the two studies comparing mecha"
    "nical debridement with or without the use of adjunctive local antibiotics. Both studies found no evidence of a"
    " difference between groups at 12 months (low to very low-quality evidence). There were no adverse events in ei"
    "ther study. The use of adjunctive photodynamic therapy did not demonstrate evidence of benefit compared to mec"
    "hanical debridement only (very low-quality evidence). Adverse events were not measured. The quality of the evi"
    "dence is low to very low for these comparisons. Future research is likely to change the findings, therefore th"
    "e results should be interpreted with caution. Overall, there is insufficient evidence to determine the superio"
    "rity of different protocols or adjunctive strategies to improve tooth maintenance during SPT. No trials evalua"
    "ted SPT versus monitoring only. The evidence available for the comparisons evaluated is of low to very low qua"
    "lity, and hampered by dissimilarities in outcome reporting. More trials using uniform definitions and outcomes"
    " are required to address the objectives of this review."
)
