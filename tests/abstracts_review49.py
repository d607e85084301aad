"""Real Cochrane abstracts (val.jsonl) for round forty-nine's tests."""

# doi:10.1002/14651858.CD006647.pub4: children with cancer, named seven times and no other group named, though no
# sentence says all the trials took in children.
ANTHRACYCLINES = (
    "We identified RCTs for seven types of tumour, acute lymphoblastic leukaemia (ALL) (three trials; 912 "
    "children), Wilms' tumour (one trial; 316 children), rhabdomyosarcoma and undifferentiated sarcoma (one trial; "
    "413 children), Ewing's sarcoma (one trial; 94 children), non-Hodgkin lymphoma (one trial; 284 children), "
    "hepatoblastoma (one trial; 255 children) and acute myeloid leukaemia (AML) (one trial; 394 children). All "
    "studies had methodological limitations. For ALL no evidence of a significant difference in antitumour efficacy "
    "was identified in the meta-analyses, but in most individual studies there was a suggestion of better "
    "antitumour efficacy in patients treated with anthracyclines. For both Wilms' tumour and Ewing's sarcoma a "
    "significant difference in event-free and overall survival in favour of treatment with anthracyclines was "
    "identified, although for Wilms' tumour the significant difference in overall survival disappeared with "
    "long-term follow-up. For rhabdomyosarcoma and undifferentiated sarcoma, non-Hodgkin lymphoma and "
    "hepatoblastoma no difference in antitumour efficacy between the treatment groups was identified. The same was "
    "true for AML, with the exception of overall survival in a post hoc analysis in a subgroup of patients with "
    "relapsed core binding factor (CBF)-AML in which patients treated with anthracyclines did better. Clinical "
    "cardiotoxicity was evaluated in four RCTs; no significant difference between the treatment groups was "
    "identified, but in all individual studies there was a suggestion of a lower rate of clinical cardiotoxicity in "
    "patients who did not receive anthracyclines. None of the studies evaluated asymptomatic cardiac dysfunction. "
    "No RCTs were identified for other childhood cancers. At the moment no evidence from RCTs is available which "
    "underscores the use of anthracyclines in ALL. However, 'no evidence of effect', as identified in this review, "
    "is not the same as 'evidence of no effect'. For Wilms' tumour, rhabdomyosarcoma and undifferentiated sarcoma, "
    "Ewing's sarcoma, non-Hodgkin lymphoma, hepatoblastoma and AML only one RCT was available for each type and, "
    "therefore, no definitive conclusions can be made about the antitumour efficacy of treatment with or without "
    "anthracyclines in these tumours. For other childhood cancers no RCTs were identified and therefore no "
    "conclusions can be made about the antitumour efficacy of treatment with or without anthracyclines in these "
    "tumours."
)

# doi:10.1002/14651858.CD006100.pub2: children named five times, adults three: no one group of people is the whole
# review's.
LTRA_ASTHMA = (
    "Eight trials, generating 10 treatment-control comparisons, that recruited 1470 adults and 470 children met the "
    "entry criteria. These studies were of mixed quality, and there was heterogeneity in the severity of asthma "
    "exacerbation. For oral treatment, there was no significant difference in hospital admission between LTRAs and "
    "control in three trials on 194 children (risk ratio (RR) 0.86; 95% confidence interval (CI) 0.21 to 3.52). "
    "Using a broader composite outcome which measured requirement for additional care there was no significant "
    "difference between treatments (RR 0.87; 95% CI 0.60 to 1.28). Results demonstrated some indication of "
    "improvement in lung function with a significant difference in forced expiratory volume in one second (FEV1) "
    "favouring LTRAs in two trials on 641 adults (mean difference (MD) 0.08; 95% CI 0.01 to 0.14). There were "
    "insufficient data to assess this outcome in children. The most common adverse event described was headache; "
    "however, there was no significant difference between LTRAs and control (RR 0.81; 95% CI 0.22 to 2.99). Due to "
    "insufficient numbers, we were unable to conduct a subgroup analysis based on age. The combined results of two "
    "trials of intravenous treatment in 772 adults and one trial in 276 children demonstrated a reduction in the "
    "risk of hospital admission which was not quite statistically significant (RR 0.78; 95% CI 0.61 to 1.01). There "
    "was a statistically significant small difference in FEV1 in the adult studies (MD 0.12; 95% CI 0.06 to 0.17), "
    "but not in the single trial in children (MD 0.01; 95% CI -0.06 to 0.08). Presently, the available evidence "
    "does not support routine use of oral LTRAs in acute asthma. Further studies are required to assess whether "
    "intravenous treatment can reduce the risk of hospital admission, and what the most appropriate dose regimen "
    "is. Additional research is also needed into safety and efficacy of additional doses for those on maintenance "
    "therapy, and larger paediatric trials are required to allow subgroup analysis. Prolonged studies would be "
    "required to establish other health economic outcomes in admitted patients."
)

# doi:10.1002/14651858.CD010459.pub2: the review's own sentence on what its studies looked at (listening to music)
# names no people; its conclusion names them (adults with insomnia symptoms).
MUSIC_INSOMNIA = (
    "We included six studies comprising a total of 314 participants. The studies examined the effect of listening "
    "to pre-recorded music daily, for 25 to 60 minutes, for a period of three days to five weeks. Based on the "
    "Grades of Recommendations, Assessment, Development and Evaluation (GRADE) approach, we judged the evidence "
    "from five studies that measured the effect of music listening on sleep quality to be of moderate quality. We "
    "judged the evidence from one study that examined other aspects of sleep (see below) to be of low quality. We "
    "downgraded the quality of the evidence mainly because of limitations in design or being the only published "
    "study. As regards risk of bias, most studies were at high risk of bias on at least one domain: one study was "
    "at high risk of selection bias and one was judged to be at unclear risk; six studies were at high risk of "
    "performance bias; three studies were at high risk of detection bias; one study was at high risk of attrition "
    "bias and one study was judged to be at unclear risk; two studies were judged to be at unclear risk of "
    "reporting bias; and four studies were at high risk of other bias. Five studies (N = 264) reporting on sleep "
    "quality as assessed by the Pittsburgh Sleep Quality Index (PSQI) were included in the meta-analysis. The "
    "results of a random-effects meta-analysis revealed an effect in favour of music listening (mean difference "
    "(MD) -2.80; 95% confidence interval (CI) -3.42 to -2.17; Z = 8.77, P < 0.00001; moderate-quality evidence). "
    "The size of the effect indicates an increase in sleep quality of the size of about one standard deviation in "
    "favour of the intervention compared to no treatment or treatment-as-usual. Only one study (N = 50; low-quality "
    "evidence) reported data on sleep onset latency, total sleep time, sleep interruption, and sleep efficiency. "
    "However, It found no evidence to suggest that the intervention benefited these outcomes. None of the included "
    "studies reported any adverse events. The findings of this review provide evidence that music may be effective "
    "for improving subjective sleep quality in adults with insomnia symptoms. The intervention is safe and easy to "
    "administer. More research is needed to establish the effect of listening to music on other aspects of sleep as "
    "well as the daytime consequences of insomnia."
)

# doi:10.1002/14651858.CD001276.pub2: "ß2-agonists" (a German sharp s for a Greek beta), which a reader marked as left
# unexplained.
AMINOPHYLLINE = (
    "Seven trials met the inclusion criteria (380 participants). Methodological quality was high. All studies "
    "recruited children with acute severe asthma and requiring hospital admission. Six studies sought participants "
    "who were unresponsive to nebulised short-acting beta-agonist and administered systemic steroids to study "
    "participants. In two studies where some children were able to perform spirometry, baseline FEV1 was between 35 "
    "and 45% predicted. The addition of aminophylline to steroids and ß2-agonist significantly improved FEV1% "
    "predicted over placebo at 6-8 hours, 12-18 hours and 24 hours. Aminophylline led to a greater improvement in "
    "PEF% predicted over placebo at 12-18 hours. There was no significant difference in length of hospital stay, "
    "symptoms, frequency of nebulisations and mechanical ventilation rates. There were insufficient data to permit "
    "aggregation for oxygenation and duration of supplemental oxygen therapy. Aminophylline led to a three-fold "
    "increase in the risk of vomiting. There was no significant difference between treatment groups with regard to "
    "hypokalaemia, headaches, tremor, seizures, arrhythmias and deaths. In children with a severe asthma "
    "exacerbation, the addition of intravenous aminophylline to ß2-agonists and glucocorticoids (with or without "
    "anticholinergics) improves lung function within 6 hours of treatment. However there is no apparent reduction "
    "in symptoms, number of nebulised treatment and length of hospital stay. There is insufficient evidence to "
    "assess the impact on oxygenation, PICU admission and mechanical ventilation. Aminophylline is associated with "
    "a significant increased risk of vomiting."
)

# doi:10.1002/14651858.CD009308: "the family-based intervention for reducing alcohol misuse" is the one place the
# abstract says what its interventions were for; two readers marked the entry as not saying what was studied.
FAMILY_ALCOHOL = (
    "12 parallel-group trials were included. The reporting quality of trials was poor, only 20% of them reporting "
    "adequate method of randomisation and program allocation concealment. Incomplete data was adequately addressed "
    "in about half of the trials and this information was unclear for about 30% of the trials. Due to extensive "
    "heterogeneity across interventions, populations, and outcomes, the results were summarized only qualitatively. "
    "9 of the 12 trials showed some evidence of effectiveness compared to a control or other intervention group, "
    "with persistence of effects over the medium and longer-term. Four of these effective interventions were "
    "gender-specific, focusing on young females. One study with a small sample size showed positive effects that "
    "were not statistically significant, and two studies with larger sample sizes reported no significant effects "
    "of the family-based intervention for reducing alcohol misuse. In conclusion, in this Cochrane systematic "
    "review we found that that the effects of family-based prevention interventions are small but generally "
    "consistent and also persistent into the medium- to longer-term."
)
