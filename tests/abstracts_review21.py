"""Real abstracts behind the fixes made from the 17th to 21st blind lay reviews (issue 14), each kept word for word.

The Cochrane abstracts come from the Cochrane plain-language-summary data set (CC BY 4.0);
the DOI beside each names its review.
"""
from __future__ import annotations

# doi:10.1002/14651858.CD010968.pub2
ALEMTUZUMAB = (
    "We included three trials involving 1694 participants. All trials compared alemtuzumab 12 mg per day or 24 mg p"
    "er day versus IFN beta 1a for treating RRMS. In CAMMS223, participants received either subcutaneous IFN beta 1"
    "a 44 μg three times per week or annual intravenous cycles of alemtuzumab (at a dose of 12 mg per day or 24 mg "
    "per day) for 36 months. In CARE-MS I and CARE-MS II, participants received subcutaneous IFN beta 1a 44 μg thre"
    "e times per week or annual intravenous cycles of alemtuzumab 12 mg per day for 24 months. All three studies we"
    "re at risk of performance bias and attrition bias, one study was 'unclear' risk in selection bias. Compared wi"
    "th interferon beta 1a, alemtuzumab given at a dose of 12 mg per day probably reduces the risk of relapse (risk"
    " ratio (RR) 0.60, 95% confidence interval (CI) 0.52 to 0.70, moderate quality evidence), may reduce the risk o"
    "f worsening disability (RR 0.60, 95% CI 0.45 to 0.79, low quality evidence) and the risk of developing new T2 "
    "lesions on magnetic resonance imaging (RR 0.75, 95% CI 0.61 to 0.93, low quality evidence) after 24 and 36 mon"
    "ths' follow-up. Mean Expanded Disability Status Scale (EDSS) scores may be similar between the treatment regim"
    "ens (mean difference (MD) -0.35, 95% CI -0.73 to 0.03, low quality evidence). At a dose of 24 mg per day alemt"
    "uzumab may reduce relapse (RR 0.38, 95% CI 0.23 to 0.62, low quality evidence), worsening disability (RR 0.42,"
    " 95% CI 0.21 to 0.84, low quality evidence). The effects on EDSS scores when compared with interferon beta 1a "
    "at three years are uncertain due to the very low quality of evidence (MD -0.83, 95% CI -1.17 to -0.49). All th"
    "ree trials reported adverse events and serious adverse events. The risk of experiencing an adverse event in ei"
    "ther alemtuzumab 12 mg or interferon groups may be similar (RR 1.03, 95% CI 0.98 to 1.08, low quality evidence"
    "). The risk of serious adverse events is probably similar between treatments (RR 1.03, 95% CI 0.82 to 1.29, mo"
    "derate quality evidence). The risk of any adverse event may be similar between alemtuzumab 24 mg and interfero"
    "n (RR 1.02, 95% CI 0.96 to 1.08, low quality evidence). The risk of serious adverse events is probably similar"
    " between treatments (RR 0.95, 95% CI 0.70 to 1.31, moderate quality evidence). Annual intravenous cycles of al"
    "emtuzumab at a dose of 12 mg per day probably reduces the proportion of participants who experience relapse, m"
    "ay reduce the proportion of participants who experience disability worsening and development of new T2 lesions"
    " on MRI over 2 to 3 years in comparison with subcutaneous IFN beta-1a 44 μg three times per week. Annual intra"
    "venous cycles of alemtuzumab at a dose of 24 mg per day may reduce the proportion of participants who experien"
    "ce relapse and disability worsening over 3 years in comparison with subcutaneous IFN beta-1a 44 μg three times"
    " per week. An average reduction of 0.8 EDSS units with alemtuzumab compared with interferon beta-1a was observ"
    "ed at a dose of 24 mg per day in one study. The rates of adverse events were similarly high for both treatment"
    "s. The most frequently reported adverse events for both treatments were infusion-associated reactions, infecti"
    "ons and autoimmune events. The use of alemtuzumab requires careful monitoring so that potentially serious adve"
    "rse events can be treated early and effectively."
)

# doi:10.1002/14651858.CD010289.pub2
IBUPROFEN_OXYCODONE = (
    "Searches identified three studies involving 1202 participants. All examined the same dose combination. Include"
    "d studies provided data from 603 participants for the comparison of ibuprofen 400 mg + oxycodone 5 mg with pla"
    "cebo, 717 participants for the comparison of ibuprofen 400 mg + oxycodone 5 mg with ibuprofen 400 mg alone, an"
    "d 471 participants for the comparison of ibuprofen 400 mg + oxycodone 5 mg with oxycodone 5 mg alone. The prop"
    "ortion of participants achieving at least 50% pain relief over 6 hours was 60% with ibuprofen 400 mg + oxycodo"
    "ne 5 mg and 17% with placebo, giving an NNT of 2.3 (2.0 to 2.8). For ibuprofen 400 mg alone the proportion was"
    " 50%, producing no significant difference between ibuprofen 400 mg + oxycodone 5 mg and ibuprofen 400 mg alone"
    ". For oxycodone 5 mg alone the proportion was 23%, giving an NNT for ibuprofen 400 mg + oxycodone 5 mg compare"
    "d with oxycodone alone of 2.9 (2.3 to 4.0). Ibuprofen + oxycodone resulted in longer times to remedication tha"
    "n with placebo. The median time to use of rescue medication was more than 5 hours for ibuprofen 400 mg + oxyco"
    "done 5 mg, and 2.3 hours or less with placebo. Fewer participants needed rescue medication with ibuprofen + ox"
    "ycodone combination than with placebo or ibuprofen alone. The proportion was 40% with ibuprofen 400 mg + oxyco"
    "done 5 mg, 83% with placebo, 53% with ibuprofen alone, and 83% with oxycodone alone, giving NNT to prevent one"
    " patient needing rescue medication of 2.4 (2.0 to 2.9), 11 (6.1 to 56), and 2.6 (2.1 to 3.4) for comparisons o"
    "f ibuprofen 400 mg + oxycodone 5 mg with placebo, ibuprofen alone, and oxycodone alone, respectively. The prop"
    "ortion of participants experiencing one or more adverse events was 25% with ibuprofen 400 mg + oxycodone 5 mg,"
    " 25% with placebo, 26% with ibuprofen alone, and 35% with oxycodone alone; they were not significantly differe"
    "nt. Serious adverse events were reported only after abdominal surgery 6/169 with the combination, 1/175 with i"
    "buprofen alone, 3/52 with oxycodone alone, and 1/60 with placebo. Withdrawals for reasons other than lack of e"
    "fficacy were fewer than 5% and balanced across treatment arms. The combination of ibuprofen 400mg + oxycodone "
    "5mg provided analgesia for longer than oxycodone alone, but not ibuprofen alone (at the same dose). There was "
    "also a smaller chance of needing additional analgesia over about eight hours, and with no greater chance of ex"
    "periencing an adverse event."
)
