"""Real abstracts that trip up plain-language summaries, each kept word for word.

The Cochrane abstracts come from the Cochrane plain-language-summary data set (CC BY 4.0);
the DOI beside each names its review. HOMEWARD is the demo's own invented trial.
"""
from __future__ import annotations

# doi:10.1002/14651858.CD009166.pub2
CERCLAGE = (
    "We included five trials, which in total randomised 1577 women, encompassing both singleton and multiple "
    "gestations. After excluding singletons, the final analysis included 128 women, of which 122 women had twin "
    "gestations, and six women had triplet gestations. Two trials (n = 73 women) assessed history-indicated "
    "cerclage, while three trials (n = 55 women) assessed ultrasound-indicated cerclage. The five trials were "
    "judged to be of average to above average quality, with three of the trials at unclear risk regarding selection"
    " and detection biases. Concerning the primary outcomes, when outcomes for cerclage were pooled together for "
    "all indications and compared with no cerclage, there was no statistically significant differences in perinatal"
    " deaths (19.2% versus 9.5%; risk ratio (RR) 1.74, 95% confidence intervals (CI) 0.92 to 3.28, five trials, n ="
    " 262), serious neonatal morbidity (15.8% versus 13.6%; average RR 0.96, 95% CI 0.13 to 7.10, three trials, n ="
    " 116), or composite perinatal death and neonatal morbidity (40.4% versus 20.3%; average RR 1.54, 95% CI 0.58 "
    "to 4.11, three trials, n = 116). Among the secondary outcomes, there were no significant differences between "
    "the cerclage and the no cerclage groups. To name a few, there were no significant differences among the "
    "following: preterm birth less than 34 weeks (average RR 1.16, 95% CI 0.44 to 3.06, four trials, n = 83), "
    "preterm birth less than 35 weeks (average RR 1.11, 95% CI 0.58 to 2.14, four trials, n = 83), low birthweight "
    "less than 2500 g (average RR 1.10, 95% CI 0.82 to 1.48, four trials, n = 172), very low birthweight less than "
    "1500 g (average RR 1.42, 95% CI 0.52 to 3.85, four trials, n = 172), and respiratory distress syndrome "
    "(average RR 1.70, 95% CI 0.15 to 18.77, three trials, n = 116). There were also no significant differences "
    "between the cerclage and no cerclage groups when examining caesarean section (elective and emergency) (RR "
    "1.24, 95% CI 0.65 to 2.35, three trials, n = 77) and maternal side-effects (RR 3.92, 95% CI 0.17 to 88.67, one"
    " trial, n = 28). Examining the differences between prespecified subgroups, ultrasound-indicated cerclage was "
    "associated with an increased risk of low birthweight (average RR 1.39, 95% CI 1.06 to 1.83, Tau² = 0.01, I² = "
    "15%, three trials, n = 98), very low birthweight (average RR 3.31, 95% CI 1.58 to 6.91, Tau² = 0, I² = 0%, "
    "three trials, n = 98), and respiratory distress syndrome (average RR 5.07, 95% CI 1.75 to 14.70, Tau² = 0, I² "
    "= 0%, three trials, n = 98). However, given the low number of trials, as well as substantial heterogeneity and"
    " subgroup differences, these data must be interpreted cautiously. No trials reported on long-term infant "
    "neurodevelopmental outcomes. There were no physical exam-indicated cerclages available for comparison among "
    "the studies included. This review is based on limited data from five small studies of average to above average"
    " quality. For multiple gestations, there is no evidence that cerclage is an effective intervention for "
    "preventing preterm births and reducing perinatal deaths or neonatal morbidity."
)

# doi:10.1002/14651858.CD003755.pub2
BED_NETS = (
    "Six randomized controlled trials were identified, five of which met the inclusion criteria: four trials from "
    "sub-Saharan Africa compared ITNs with no nets, and one trial from Asia compared ITNs with untreated nets. Two "
    "trials randomized individual women and three trials randomized communities. In Africa, ITNs, compared with no "
    "nets, reduced placental malaria in all pregnancies (risk ratio (RR) 0.79, 95% confidence interval (CI) 0.63 to"
    " 0.98). They also reduced low birthweight (RR 0.77, 95% CI 0.61 to 0.98) and fetal loss in the first to fourth"
    " pregnancy (RR 0.67, 95% CI 0.47 to 0.97), but not in women with more than four previous pregnancies. For "
    "anaemia and clinical malaria, results tended to favour ITNs, but the effects were not significant. In "
    "Thailand, one trial randomizing individuals to ITNs or untreated nets showed a significant reduction in "
    "anaemia and fetal loss in all pregnancies but not for clinical malaria or low birthweight. ITNs have a "
    "beneficial impact on pregnancy outcome in malaria-endemic regions of Africa when used by communities or by "
    "individual women. No further trials of ITNs in pregnancy are required in sub-Saharan Africa. Further "
    "evaluation of the potential impact of ITNs is required in areas with less intense and Plasmodium vivax "
    "transmission in Asia and Latin America."
)

# doi:10.1002/14651858.CD007921.pub2
VEIN_CUFF = (
    "Six trials with a combined total of 885 patients were included in this review. Only studies using prosthetic "
    "PTFE grafts were identified. Two trials compared PTFE graft with or without a vein cuff. In one underpowered "
    "trial for below knee bypass the cumulative primary patency rate was statistically significantly higher in the "
    "vein cuff group (80.3% versus 65.3% at 12 months and 51.8% versus 29.1% at 24 months, P = 0.03). There was no "
    "statistically significant difference in secondary patency (82.9% versus 72.5% and 58.6% versus 34.9%, P = "
    "0.14) and limb salvage rates (86.3% versus 71.8% and 82.6% versus 62.2%, P = 0.08) at 12 and 24 months "
    "respectively. The other trial showed no statistically significant difference between the groups at three years"
    " in the below knee femoro-popliteal bypasses (primary patency rate 26% (95% confidence interval (CI) 18 to 38)"
    " and 43% (95% CI 33 to 58), secondary patency rate 32% (95% CI 23 to 44) and 42% (95% CI 31 to 56) and limb "
    "salvage rate 64% (95% CI 54 to 75) and 61% (95% CI 50 to 74) in the collar and no collar groups respectively)."
    " In the femoro-distal bypass group, the differences in primary patency, secondary patency and limb salvage "
    "rates were also not statistically significant at three years (primary patency rate 20% (95% CI 11 to 38) and "
    "17% (95% CI 9 to 33), secondary patency rate 22% (95% CI 12 to 39) and 20% (95% CI 11 to 35) and limb salvage "
    "rate 59% (95% CI 46 to 76) and 44% (95% CI 32 to 61) in the collar and no collar groups respectively). One "
    "trial compared pre-cuffed PTFE grafts with vein cuffed grafts. There was no statistically significant "
    "difference in primary patency rate (62% pre-cuffed PTFE versus 52% vein cuff PTFE and 49% versus 44%, P = "
    "0.53), secondary patency rate (66% pre-cuffed PTFE versus 53% vein cuff PTFE and 55% versus 50%, P = 0.30) or "
    "limb salvage rate (75% pre-cuffed PTFE versus 72% vein cuff PTFE and 62% versus 65%, P = 0.88) at 12 and 24 "
    "months respectively. One trial compared spliced vein grafts with vein cuffed PTFE grafts. At 24 months, the "
    "secondary patency rate was statistically significantly higher in the spliced vein group (86% in the spliced "
    "vein and 52% in the vein cuff group, P < 0.05). There was no statistical significant difference in primary "
    "patency rate (44% versus 50%, P > 0.05) and limb salvage rate (94% versus 85%, P > 0.05). Two trials compared "
    "vein cuff PTFE grafts with and without AVF. There was no statistical significant difference at 24 months in "
    "primary patency rate (29% versus 36%, P = 0.77; 32% versus 28%, P = 0.2), secondary patency rate (40% versus "
    "40%, P = 0.89; 28% versus 24%, P = 0.2) and limb salvage rate (65% versus 70%, P = 0.97; 62% versus 71%, P = "
    "0.3). There is some evidence that a vein cuff at the distal anastomosis site improves primary graft patency "
    "rates for below knee PTFE graft, but this does not reduce the risk of limb loss. Evidence for this beneficial "
    "effect of vein cuffed PTFE grafts is weak and based on an underpowered trial. Pre-cuffed PTFE grafts have "
    "comparable patency and limb salvage rates to vein cuff PTFE grafts. The use of spliced veins improved "
    "secondary patency but this did not translate into improved limb salvage. The use of an AVF alone showed no "
    "added benefits. A large study with a specific focus on below knee vein cuff prosthetic grafts, including PTFE,"
    " is required."
)

# doi:10.1002/14651858.CD008141.pub2
OCD_ANTIPSYCHOTICS = (
    "We included 11 RCTs with 396 participants on three SGAs. All trials investigated the effects of adding these "
    "SGAs to antidepressants (usually SSRIs). The duration of all trials was less than six months. Only 13% of the "
    "participants left the trials early. Most trials were limited in terms of quality aspects. Two trials examined "
    "olanzapine and found no difference in the primary outcome (response to treatment) and most other "
    "efficacy-related outcomes but it was associated with more weight gain than monotherapy with antidepressants. "
    "Quetiapine combined with antidepressants was also not any more efficacious than placebo combined with "
    "antidepressants in terms of the primary outcome, but there was a significant superiority in the mean "
    "Yale-Brown Obsessive Compulsive Scale (Y-BOCS) score at endpoint (MD -2.28, 95% CI -4.05 to -0.52). There were"
    " also some beneficial effects of quetiapine in terms of anxiety or depressive symptoms. Risperidone was more "
    "efficacious than placebo in terms of the primary outcome (number of participants without a significant "
    "response) (OR 0.17, 95% CI 0.04 to 0.66) and in the reduction of anxiety and depression (MD -7.60, 95% CI "
    "-12.37 to -2.83). The available data of the effects of olanzapine in OCD are too limited to draw any "
    "conclusions. There is some evidence that adding quetiapine or risperidone to antidepressants increases "
    "efficacy, but this must be weighed against less tolerability and limited data."
)

# The demo's HOMEWARD trial (examples/feeds/carers-research.xml), as the feed gives it.
HOMEWARD_TITLE = ("Home-Based Support after Hospital Discharge for People Living with Dementia and their Family "
                  "Carers \u2013 a Randomised Controlled Trial")
HOMEWARD = (
    "Our unit has published the main results of HOMEWARD, a trial of a six-week home support programme for people "
    "with dementia leaving hospital, and for the family carers who look after them. A dementia support practitioner "
    "visited each household within 48 hours of hospital discharge, checked medicines, arranged equipment and agreed "
    "a simple plan with the family.\n\n"
    "Background: People living with dementia are often readmitted soon after they leave hospital, and their carers "
    "report high strain in the first weeks at home.\n\n"
    "Methods: We randomly allocated 412 pairs of patients and carers at nine NHS hospitals in England to the HOMEWARD "
    "programme (n=207) or usual care (n=205). The main outcome was emergency readmission within 90 days. Carer "
    "strain was measured with the Caregiver Strain Index at 12 weeks.\n\n"
    "Results: 24.1% of people in the HOMEWARD group were readmitted within 90 days compared with 31.6% in the usual "
    "care group (odds ratio 0.69, 95% CI 0.45 to 1.05; p=0.08). Carer strain was lower in the HOMEWARD group by 1.4 "
    "points (95% CI 0.3 to 2.5). Costs per household were similar.\n\n"
    "Conclusions: HOMEWARD did not clearly reduce readmissions, but carers felt less strained. A larger trial or a "
    "longer programme may be needed."
)
