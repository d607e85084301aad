"""Abstracts (val.jsonl, Cochrane) for round forty-five: claims a blind reader took the wrong way."""

# doi:10.1002/14651858.CD011927.pub2: "This review found very low-certainty evidence of a difference …" after "there is
# insufficient evidence": read as a benefit.
TENS_NECK_PAIN = (
    "We included seven RCTs with a total of 651 participants, mean age 31.7 to 55.5 years, conducted in three "
    "different countries (Turkey, Jordan and China). The length of follow-up ranged from one week to six months. "
    "Most RCTs used continuous TENS, with a frequency of 60 Hz to 100 Hz, pulse width of 40 μs to 250 μs and "
    "tolerable intensity, described as a tingling sensation without contraction, in daily sessions lasting 20 to 60"
    " minutes. Due to heterogeneity in interventions and outcomes, we did not pool individual study data into meta-"
    "analyses. Overall, we judged most studies as being at low risk for selection bias and high risk for "
    "performance and detection bias. Based on the GRADE approach, there was very low-certainty evidence from two "
    "trials about the effects of conventional TENS when compared to sham TENS at short-term (up to 3 months after "
    "treatment) follow-up, on pain (assessed by the Visual Analogue Scale (VAS)) (MD -0.10, 95% CI -0.97 to 0.77) "
    "and the percentage of participants presenting improvement of pain (RR 1.57, 95% CI 0.84 to 2.92). None of the "
    "included studies reported on disability or adverse events. This review found very low-certainty evidence of a "
    "difference between TENS compared to sham TENS on reducing neck pain; therefore, we are unsure about the effect"
    " estimate. At present, there is insufficient evidence regarding the use of TENS in patients with chronic neck "
    "pain. Additional well-designed, -conducted and -reported RCTs are needed to reach robust conclusions."
)

# doi:10.1002/14651858.CD006647.pub4: "For other childhood cancers no RCTs were identified" without the six cancers with
# one trial each, which a reader took as "no trials except for ALL".
ANTHRACYCLINES_CHILDHOOD = (
    "We identified RCTs for seven types of tumour, acute lymphoblastic leukaemia (ALL) (three trials; 912 "
    "children), Wilms' tumour (one trial; 316 children), rhabdomyosarcoma and undifferentiated sarcoma (one trial; "
    "413 children), Ewing's sarcoma (one trial; 94 children), non-Hodgkin lymphoma (one trial; 284 children), "
    "hepatoblastoma (one trial; 255 children) and acute myeloid leukaemia (AML) (one trial; 394 children). All "
    "studies had methodological limitations. For ALL no evidence of a significant difference in antitumour efficacy"
    " was identified in the meta-analyses, but in most individual studies there was a suggestion of better "
    "antitumour efficacy in patients treated with anthracyclines. For both Wilms' tumour and Ewing's sarcoma a "
    "significant difference in event-free and overall survival in favour of treatment with anthracyclines was "
    "identified, although for Wilms' tumour the significant difference in overall survival disappeared with long-"
    "term follow-up. For rhabdomyosarcoma and undifferentiated sarcoma, non-Hodgkin lymphoma and hepatoblastoma no "
    "difference in antitumour efficacy between the treatment groups was identified. The same was true for AML, with"
    " the exception of overall survival in a post hoc analysis in a subgroup of patients with relapsed core binding"
    " factor (CBF)-AML in which patients treated with anthracyclines did better. Clinical cardiotoxicity was "
    "evaluated in four RCTs; no significant difference between the treatment groups was identified, but in all "
    "individual studies there was a suggestion of a lower rate of clinical cardiotoxicity in patients who did not "
    "receive anthracyclines. None of the studies evaluated asymptomatic cardiac dysfunction. No RCTs were "
    "identified for other childhood cancers. At the moment no evidence from RCTs is available which underscores the"
    " use of anthracyclines in ALL. However, 'no evidence of effect', as identified in this review, is not the same"
    " as 'evidence of no effect'. For Wilms' tumour, rhabdomyosarcoma and undifferentiated sarcoma, Ewing's "
    "sarcoma, non-Hodgkin lymphoma, hepatoblastoma and AML only one RCT was available for each type and, therefore,"
    " no definitive conclusions can be made about the antitumour efficacy of treatment with or without "
    "anthracyclines in these tumours. For other childhood cancers no RCTs were identified and therefore no "
    "conclusions can be made about the antitumour efficacy of treatment with or without anthracyclines in these "
    "tumours."
)

# doi:10.1002/14651858.CD001071.pub3: "12 eligible trials enrolling a total of 746 preterm infants": who they were, with
# their count.
SUCKING_PRETERM = (
    "We identified 12 eligible trials enrolling a total of 746 preterm infants. Meta-analysis, though limited by "
    "data quality, demonstrated a significant effect of NNS on transition from gavage to full oral feeding (MD "
    "−5.51 days, 95% CI −8.20 to −2.82; N = 87), transition from start of oral feeding to full oral feeding (MD "
    "−2.15 days, 95% CI −3.12 to −1.17; N = 100), and the length of hospital stay (MD −4.59 days, 95% CI −8.07 to "
    "−1.11; N = 501). Meta-analysis revealed no significant effect of NNS on weight gain. One study found that the "
    "NNS group had a significantly shorter intestinal transit time during gavage feeding compared to the control "
    "group (MD −10.50 h, 95% CI −13.74 to −7.26; N = 30). Other individual studies demonstrated no clear positive "
    "effect of NNS on age of infant at full oral feeds, days from birth to full breastfeeding, rates and proportion"
    " of infants fully breastfeeding at discharge, episodes of bradycardia, or episodes of oxygen desaturation. "
    "None of the studies reported any negative outcomes. These trials were generally small and contained various "
    "methodological weaknesses including lack of blinding of intervention and outcome assessors and variability on "
    "outcome measures. The quality of the evidence on outcomes assessed according to GRADE was low to very low. "
    "Meta-analysis demonstrated a significant effect of NNS on the transition from gavage to full oral feeding, "
    "transition from start of oral feeding to full oral feeding, and length of hospital stay. None of the trials "
    "reported any adverse effects. Well-designed, adequately powered studies using reliable methods of "
    "randomisation, concealment of treatment allocation and blinding of the intervention and outcome assessors are "
    "needed. In order to facilitate meta-analysis of these data, future research should involve outcome measures "
    "consistent with those used in previous studies."
)


# doi:10.1002/14651858.CD007092.pub2: "There is low quality evidence that such interventions may improve some
# outcomes …": the interventions the review studied, which two blind readers missed.
ONLINE_HEALTH_LITERACY = (
    "We included two studies: one randomised controlled trial (RCT) and one controlled before and after (CBA) study"
    " with a combined total of 470 participants. The RCT compared internet health information classes with patient "
    "education classes for participants with HIV infection. Only the RCT, which we rated as having a moderate risk "
    "of bias, reported statistically significant positive effects for primary outcomes related to online health "
    "literacy in the intervention group, for the following outcomes: 'Self-efficacy for health information "
    "seeking', 'health information evaluation skills' and the 'number of times the patient discussed online "
    "information with a health provider'. The CBA, which we rated as having a high risk of bias, compared internet "
    "health information classes with a control group receiving no intervention among healthy adults aged 50+. It "
    "showed significant positive changes only in a secondary (behavioural) outcome in the intervention group, "
    "regarding the readiness to adopt the internet as a tool for preventive health information. No adverse effects "
    "were reported.There is low quality evidence that such interventions may improve some outcomes relevant to "
    "online health literacy in certain populations. Due to the small number of studies and their variable "
    "methodological quality, the evidence is too weak to draw any conclusions about implications for the design and"
    " delivery of interventions for online health literacy. There is a need for well-designed RCTs to investigate "
    "the effects of such interventions. These should involve different participants (in terms of disease status, "
    "age, socio-economic group and gender) to analyse the extent to which online health literacy reduces a barrier "
    "to using the internet for health information. Trials should be conducted in different settings and should "
    "examine interventions to enhance consumers' online health literacy (search, appraisal and use of online health"
    " information) like internet training courses, measuring outcomes up to at least one year after the "
    "intervention to estimate the sustainability of the intervention effects."
)


# doi:10.1002/14651858.CD005391.pub3: "The volume-outcome relationship appears somewhat stronger for the individual
# surgeon than for the hospital; particularly for …": a claim, then a long detail.
VOLUME_OUTCOME = (
    "Overall five year survival was significantly improved for patients with colorectal cancer treated in high-"
    "volume hospitals (HR=0.90, 95% CI 0.85 to 0.96), by high-volume surgeons (HR=0.88, 95% CI 0.83 to 0.93) and "
    "colorectal specialists (HR=0.81, 95% CI 0.71 to 0.94). Operative mortality was significantly better for high-"
    "volume surgeons (OR=0.77, 95% CI 0.66 to 0.91) and specialists (OR=0.74, 95% CI 0.60 to 0.91), but there was "
    "no significant association with higher hospital caseload (OR=0.93, 95% CI 0.84 to 1.04) when only case-mix "
    "adjusted studies were included. There were differences in the effects of caseload depending on the level of "
    "case-mix adjustment and also whether the studies originated in the US or in other countries. For rectal "
    "cancer, there was a significant association between high-volume hospitals and improved 5-year survival "
    "(HR=0.85, 95% CI 0.77 to 0.93), but not with operative mortality (OR=0.97, 95% CI 0.70 to 1.33); surgeon "
    "caseload had no significant association with either 5-year survival (HR=0.99, 95% CI 0.86 to 1.14) or "
    "operative mortality (OR=0.86, 95% CI 0.62 to 1.19) when case-mix adjusted studies were reviewed. Higher "
    "hospital volume was associated with significantly lower rates of permanent stomas (OR=0.64, 95% CI 0.45 to "
    "0.90) and APER (OR=0.55, 95% CI 0.42 to 0.72). High-volume surgeons and specialists also achieved lower rates "
    "of permanent stoma formation (0.75, 95% CI 0.64 to 0.88) and (0.70, 95% CI 0.53 to 0.94, respectively). The "
    "results confirm clearly the presence of a volume-outcome relationship in colorectal cancer surgery, based on "
    "hospital and surgeon caseload, and specialisation. The volume-outcome relationship appears somewhat stronger "
    "for the individual surgeon than for the hospital; particularly for overall 5-year survival and operative "
    "mortality, there were differences between US and non-US data, suggesting provider variability at hospital "
    "level between different countries, making it imperative that every country or healthcare system must establish"
    " audit systems to guide changes in the service provision based on local data, and facilitate centralisation of"
    " services as required. Overall quality of the evidence was low as all included studies were observational by "
    "design. In addition there were discrepancies in the definitions of caseload and colorectal specialist. However"
    " ethical challenges associated with the conception of randomised controlled trials addressing the volume "
    "outcome relationship makes this the best available evidence."
)


# doi:10.1002/14651858.CD000270.pub2: "It may also be superior in reducing hospital admission …", right after the
# verdict it adds to.
TEAM_MANAGEMENT = (
    "CMHT management did not reveal any statistically significant difference in death by suicide and in suspicious "
    "circumstances (n=587, 3 RCTs, RR 0.49 CI 0.1 to 2.2) although overall, fewer deaths occurred in the CMHT "
    "group. We found no significant differences in the number of people leaving the studies early (n=253, 2 RCTs, "
    "RR 1.10 CI 0.7 to 1.8). Significantly fewer people in the CMHT group were not satisfied with services compared"
    " with those receiving standard care (n=87, RR 0.37 CI 0.2 to 0.8, NNT 4 CI 3 to 11). Also, hospital admission "
    "rates were significantly lower in the CMHT group (n=587, 3 RCTs, RR 0.81 CI 0.7 to 1.0, NNT 17 CI 10 to 104) "
    "compared with standard care. Admittance to accident and emergency services, contact with primary care, and "
    "contact with social services did not reveal any statistical difference between comparison groups. Community "
    "mental health team management is not inferior to non-team standard care in any important respects and is "
    "superior in promoting greater acceptance of treatment. It may also be superior in reducing hospital admission "
    "and avoiding death by suicide. The evidence for CMHT based care is insubstantial considering the massive "
    "impact the drive toward community care has on patients, carers, clinicians and the community at large."
)

# doi:10.1002/14651858.CD008115.pub3: "This limited evidence suggests that oral corticosteroids in combination with
# antibiotics may be modestly beneficial …", after "Current data on … are limited: …" (misleading in one review).
STEROIDS_SINUSITIS = (
    "Five RCTs with a total of 1193 adult participants met our inclusion criteria. We judged methodological quality"
    " to be moderate in four trials and high in one trial. Acute sinusitis was defined clinically in all trials. "
    "However, the three trials performed in ear, nose and throat (ENT) outpatient clinics also used radiological "
    "assessment as part of their inclusion criteria. All participants were assigned to either oral corticosteroids "
    "(prednisone 24 mg to 80 mg daily or betamethasone 1 mg daily) or the control treatment (placebo in four trials"
    " and non-steroidal anti-inflammatory drugs (NSAIDs) in one trial). In four trials antibiotics were prescribed "
    "in addition to oral corticosteroids or control treatment, while one trial investigated the effects of oral "
    "corticosteroids as a monotherapy. When combining data from the five trials, participants treated with oral "
    "corticosteroids were more likely to have short-term resolution or improvement of symptoms than those receiving"
    " the control treatment: at days three to seven (risk ratio (RR) 1.3, 95% confidence interval (CI) 1.1 to 1.6; "
    "risk difference (RD) 17%, 95% CI 6% to 29%) and at days four to 14 (RR 1.2, 95% CI 1.0 to 1.5; RD 14%, 95% CI "
    "1% to 27%). A sensitivity analysis including the four trials with placebo as a control treatment showed "
    "similar results but with a lesser effect size: at days three to seven (RR 1.2, 95% CI 1.1 to 1.3; RD 11%, 95% "
    "CI 4% to 17%) and days four to 14 (RR 1.1, 95% CI 1.0 to 1.2; RD 8%, 95% CI 2% to 13%). Statistical "
    "heterogeneity was high for many analyses. Subgroup analyses revealed that corticosteroid monotherapy had no "
    "beneficial effects. Furthermore, scenario analysis showed that outcomes missing from the trial reports might "
    "have introduced attrition bias (a worst-case scenario showed no statistically significant beneficial effect of"
    " oral corticosteroids). No trial reported effects on relapse or recurrence rates. Reported side effects in "
    "patients treated with oral corticosteroids were mild (nausea, vomiting, gastric complaints) and did not "
    "significantly differ from those receiving placebo. Oral corticosteroids as a monotherapy appear to be "
    "ineffective for adult patients with clinically diagnosed acute sinusitis. Current data on the use of oral "
    "corticosteroids as an adjunctive therapy to oral antibiotics are limited: almost all trials are performed in "
    "secondary care settings and there is a significant risk of bias. This limited evidence suggests that oral "
    "corticosteroids in combination with antibiotics may be modestly beneficial for short-term relief of symptoms "
    "in acute sinusitis, with a number needed to treat to benefit of seven for resolution or symptom improvement. A"
    " large primary care factorial trial is needed to establish whether oral corticosteroids offer additional "
    "benefits over antibiotics in acute sinusitis."
)


# doi:10.1002/14651858.CD004241.pub4: "randomised to the following comparisons: … natamycin compared to …
# voriconazole; …": one comparison of nine, which three of the 12 trials made (misleading, seed 2417).
FUNGAL_KERATITIS = (
    "We included 12 trials in this review; 10 trials were conducted in India, one in Bangladesh and one in Egypt. "
    "Seven of these trials were at high risk of bias in one or more domains, two of these studies were at low risk "
    "of bias in all domains. Participants were randomised to the following comparisons: topical 5% natamycin "
    "compared to topical 1% voriconazole; topical 5% natamycin compared to topical 2% econazole; topical 5% "
    "natamycin compared to topical chlorhexidine gluconate (0.05%, 0.1% and 0.2%); topical 1% voriconazole compared"
    " to intrastromal voriconazole 50 g/0.1 mL (both treatments combined with topical 5% natamycin); topical 1% "
    "voriconazole combined with oral voriconazole compared to both oral voriconazole and oral itraconazole (both "
    "combined with topical 5% natamycin); topical 1% itraconazole compared to topical 1% itraconazole combined with"
    " oral itraconazole; topical amphotericin B compared to topical amphotericin B combined with subconjunctival "
    "injection of fluconazole; intracameral injection of amphotericin B with conventional treatment compared to "
    "conventional treatment alone (severe fungal ulcers); topical 0.5% and 1% silver sulphadiazine compared to "
    "topical 1% miconazole. Overall the results were inconclusive because for most comparisons only one small trial"
    " was available. The exception was the comparison of topical natamycin and topical voriconazole for which three"
    " trials were available. In one of these trials clinical cure (healed ulcer) was reported in all 15 people "
    "allocated to natamycin and in 14/15 people allocated to voriconazole (risk ratio (RR) 1.07; 95% confidence "
    "interval (CI) 0.89 to 1.28, low quality evidence). In one trial people randomised to natamycin were more "
    "likely to have a microbiological cure at six days (RR 1.64; 95% CI 1.38 to 1.94, 299 participants). On "
    "average, people randomised to natamycin had better spectacle-corrected visual acuity at two to three months "
    "compared to people randomised to voriconazole but the estimate was uncertain and the 95% confidence intervals "
    "included 0 (no difference) (mean difference -0.12 logMAR, 95% CI -0.31 to 0.06, 434 participants; 3 studies, "
    "low quality evidence) and a decreased risk of corneal perforation or therapeutic penetrating keratoplasty, or "
    "both (RR 0.61; 95% CI 0.40 to 0.94, 434 participants, high quality evidence). There was inconclusive evidence "
    "on time to clinical cure. Compliance with treatment and quality of life were not reported. One trial comparing"
    " natamycin and voriconazole found the effect of treatment greater in Fusarium species, but this subgroup "
    "analysis was not prespecified by this review. The trials included in this review were of variable quality and "
    "were generally underpowered. There is evidence that natamycin is more effective than voriconazole in the "
    "treatment of fungal ulcers. Future research should evaluate treatment effects according to fungus species."
)

