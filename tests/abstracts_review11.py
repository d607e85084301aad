"""Real abstracts behind the fixes made from the eleventh blind lay review (issue 14), each kept word for word.

The Cochrane abstracts come from the Cochrane plain-language-summary data set (CC BY 4.0);
the DOI beside each names its review.
"""
from __future__ import annotations

# doi:10.1002/14651858.CD003326
SKIN_GLUE = (
    "Thirteen studies were included in this review. Eleven studies compared a tissue adhesive with standard wound cl"
    "osure. No significant difference was found for cosmesis at any time point examined, using either Cosmetic Visua"
    "l Analogue Scale (CVAS) or Wound Evaluation Score (WES). Pain scores (Parent VAS weighted mean difference (WMD)"
    " -13.4 mm; 95% CI -20.0 to -6.9) and procedure time (WMD -4.7 minutes; 95% CI -7.2 to -2.1) significantly favou"
    "red tissue adhesives. Only one study reported on ease of use, favouring standard wound closure. Small but stati"
    "stically significant risk differences were found for dehiscence (favouring standard wound care, Number Needed t"
    "o Harm (NNH) 40; 95% CI 20 to 1168) and erythema (favouring tissue adhesive, NNH 10; 95% CI 5 to 239). Other co"
    "mplications were not significantly different between treatment groups. Two studies compared tissue adhesives. O"
    "ne study compared two different tissue adhesives, butylcyanoacrylate with octylcyanoacrylate, for pediatric fac"
    "ial lacerations and found no significant difference for cosmesis, pain, procedure time, or complications. Anoth"
    "er study compared two different formulations (viscosities) of octylcyanoacrylate to assess the incidence of pro"
    "duct migration as a proxy for complications of application; the high-viscosity product migrated on significantl"
    "y fewer participants. Tissue adhesives are an acceptable alternative to standard wound closure for repairing si"
    "mple traumatic lacerations. They offer the benefit of decreased procedure time and less pain, when compared to "
    "standard wound closure. A small but statistically significant increased rate of dehiscence with tissue adhesive"
    "s is observed."
)

# doi:10.1002/14651858.CD003416.pub4
SINGLE_EMBRYO_TRANSFER = (
    "Fourteen RCTs were included in the review (2165 women). Thirteen compared cleavage-stage transfers (2017 women)"
    " and two compared blastocyst transfers (148 women): one study compared both. No studies compared repeated singl"
    "e versus repeated multiple embryo transfer (SET). Repeated SET versus DET Repeated SET was compared with DET in"
    " three studies of cleavage-stage transfer. In these studies the SET group received either two cycles of fresh S"
    "ET (one study) or one cycle of fresh SET followed by one frozen SET in a natural or hormone-stimulated cycle (t"
    "wo studies). When these three studies were pooled, the cumulative live birth rate after repeated SET was not si"
    "gnificantly different from the rate after one cycle of DET (OR 0.82, 95% CI 0.62 to 1.09, three studies, n=811,"
    " I2=0%, low quality evidence). This suggests that for a woman with a 42% chance of live birth following a singl"
    "e cycle of DET, the chance following repeated SET would be between 31% and 44%. The multiple pregnancy rate was"
    " significantly lower in the SET group (OR 0.03, 95% CI 0.01 to 0.13, three RCTs, n = 811, I2 = 23%, low quality"
    " evidence), suggesting that for a woman with a 13% risk of multiple pregnancy following a single cycle of DET, "
    "the risk following repeated SET would be between 0% and 2%. Single-cycle SET versus single-cycle DET A single c"
    "ycle of SET was compared with a single cycle of DET in 10 studies, nine comparing cleavage-stage transfers and "
    "two comparing blastocyst-stage transfers. When studies were pooled the live birth rate was significantly lower "
    "in the SET group (OR 0.48, 95% CI 0.39 to 0.60, nine studies, n = 1564, I2 = 0%, high quality evidence). This s"
    "uggests that for a woman with a 45% chance of live birth following a single cycle of DET, the chance following "
    "a single cycle of SET would be between 24% and 33%. The multiple pregnancy rate was also significantly lower in"
    " the SET group (OR 0.12, 95% CI 0.07 to 0.20, 10 studies, n = 1612, I2 = 45%, high quality evidence), suggestin"
    "g that for a woman with a 14% risk of multiple pregnancy following a single cycle of DET, the risk following a "
    "single cycle of SET would be between 1% and 3%. The heterogeneity for this analysis was attributable to a study"
    " with a high rate of cross-over between treatment arms. Other comparisons Other comparisons were evaluated in f"
    "our studies which compared DET versus transfer of three or four embryos. Live birth rates did not differ signif"
    "icantly between the groups for any comparison, but there was a significantly lower multiple pregnancy rate in t"
    "he DET group than in the three embryo transfer (TET) group (OR 0.36, 95% CI 0.13 to 0.99, two studies, n = 343,"
    " I2 = 0%). In a single fresh IVF cycle, single embryo transfer is associated with a lower live birth rate than "
    "double embryo transfer. However, there is no evidence of a significant difference in the cumulative live birth "
    "rate when a single cycle of double embryo transfer is compared with repeated SET (either two cycles of fresh SE"
    "T or one cycle of fresh SET followed by one frozen SET in a natural or hormone-stimulated cycle). Single embryo"
    " transfer is associated with much lower rates of multiple pregnancy than other embryo transfer policies. A poli"
    "cy of repeated SET may minimise the risk of multiple pregnancy in couples undergoing ART without substantially "
    "reducing the likelihood of achieving a live birth. Most of the evidence currently available concerns younger wo"
    "men with a good prognosis."
)

# doi:10.1002/14651858.CD012669.pub2
POINT_OF_CARE_SCAN = (
    "We included 34 studies with 8635 participants in this review. Summary estimates of sensitivity and specificity "
    "were 0.74 (95% CI 0.65 to 0.81) and 0.96 (95% CI 0.94 to 0.98). Pooled positive and negative likelihood ratios "
    "were estimated at 18.5 (95% CI 10.8 to 40.5) and 0.27 (95% CI 0.19 to 0.37), respectively. There was substantia"
    "l heterogeneity across studies, and the reported accuracy of POCS strongly depended on the population and affec"
    "ted body area. In children, pooled sensitivity of POCS was 0.63 (95% CI 0.46 to 0.77), as compared to 0.78 (95%"
    " CI 0.69 to 0.84) in an adult or mixed population. Associated specificity in children was 0.91 (95% CI 0.81 to "
    "0.96) and in an adult or mixed population 0.97 (95% CI 0.96 to 0.99). For abdominal trauma, POCS had a sensitiv"
    "ity of 0.68 (95% CI 0.59 to 0.75) and a specificity of 0.95 (95% CI 0.92 to 0.97). For chest injuries, sensitiv"
    "ity and specificity were calculated at 0.96 (95% CI 0.88 to 0.99) and 0.99 (95% CI 0.97 to 1.00). If we conside"
    "r the results of all 34 included studies in a virtual population of 1000 patients, based on the observed median"
    " prevalence (pretest probability) of thoracoabdominal trauma of 28%, POCS would miss 73 patients with injuries "
    "and falsely suggest the presence of injuries in another 29 patients. Furthermore, in a virtual population of 10"
    "00 children, based on the observed median prevalence (pretest probability) of thoracoabdominal trauma of 31%, P"
    "OCS would miss 118 children with injuries and falsely suggest the presence of injuries in another 62 children. "
    "In patients with suspected blunt thoracoabdominal trauma, positive POCS findings are helpful for guiding treatm"
    "ent decisions. However, with regard to abdominal trauma, a negative POCS exam does not rule out injuries and mu"
    "st be verified by a reference test such as CT. This is of particular importance in paediatric trauma, where the"
    " sensitivity of POCS is poor. Based on a small number of studies in a mixed population, POCS may have a higher "
    "sensitivity in chest injuries. This warrants larger, confirmatory trials to affirm the accuracy of POCS for dia"
    "gnosing thoracic trauma."
)
