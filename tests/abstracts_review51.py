"""Real Cochrane abstracts (val.jsonl) for round fifty-one's tests."""

# doi:10.1002/14651858.CD006406.pub2: "Six trials (807 donors) were eligible": the donors are who took part, counted
# with the trials
STEM_CELL_DONORS = (
    "Six trials (807 donors) were eligible: all were substudies, or constituent parts of, larger randomised "
    "controlled trials of bone marrow and peripheral blood stem cell allogeneic transplantation. No included trial "
    "was designed solely to measure and assess the experience of stem cell donors. The donors in all studies were "
    "related to the stem cell recipient. Overall, both types of donors experienced pain subsequent to donation, and "
    "psychological morbidity. The trend was for bone marrow donors to experience more pain at the donation site, "
    "more overall adverse events, and more days of restricted activity. They were also more likely to require "
    "hospitalisation than peripheral blood stem cell donors. In contrast, peripheral blood stem cell donors "
    "experienced more pain prior to donation, which may be related to the pre-donation administration of "
    "granulocyte colony stimulating factor (G-CSF). The methodological quality of the studies was poor and "
    "indicated limitations due to the risk of selection and attrition bias. The proportion of donors from the "
    "parent trial not included in the donor substudies was also inadequately explained. The different short-term "
    "morbidities associated with each type of haemopoietic stem cell donation were clear, with bone marrow donors "
    "experiencing more pain and more restriction post-donation than peripheral blood donors. However, the studies "
    "were limited by their methodological quality, failure to provide long-term follow up (for which larger numbers "
    "of donors would be required) and a failure to apply consistent measures of quality of life in a way which "
    "allows more meaningful evaluation across studies."
)

# hoc pmid:20398056: obese mice; its closing line speaks of "obese individuals", which a reader would take for people
PITAVASTATIN_MICE = (
    "Obesity and related metabolic abnormalities are risk factors for colorectal cancer . A state of chronic "
    "inflammation and adipocytokine imbalance may play a role in colorectal carcinogenesis . Statins , which are "
    "commonly used for the treatment of hyperlipidemia , are known to possess anti-inflammatory effects . Statins "
    "also exert chemopreventive properties against various cancers . The present study examined the effects of "
    "pitavastatin , a recently developed lipophilic statin , on the development of azoxymethane ( AOM)-initiated "
    "colonic premalignant lesions in C57BL/KsJ-db/db ( db/db ) obese mice . Male db/db mice were administrated "
    "weekly subcutaneous injections of AOM ( 15 mg/kg body weight ) for 4 weeks and then were subsequently fed a "
    "diet containing 1 ppm or 10 ppm pitavastatin for 8 weeks . Feeding with either dose of pitavastatin "
    "significantly reduced the number of colonic premalignant lesions , beta-catenin accumulated crypts , by "
    "inhibiting proliferation and the surrounding inflammation . Pitavastatin increased the serum levels of "
    "adiponectin while conversely decreasing the serum levels of total cholesterol , tumor necrosis factor-alpha ( "
    "TNF-alpha ) , interleukin ( IL)-6 , IL-18 , and leptin . Pitavastatin also caused a significant increase in "
    "the expression of phosphorylated form of the AMP-activated kinase ( AMPK ) protein on the colonic mucosa of "
    "AOM-treated mice . In addition , the expression levels of TNF-alpha , IL-6 , IL-18 , and COX-2 mRNAs on the "
    "colonic mucosa of AOM-treated mice were decreased by treatment with this agent . These findings suggest that "
    "pitavastatin attenuates chronic inflammation and improves the imbalance of adipocytokines , both of which are "
    "caused by the presence of excess adipose tissues , thereby preventing the development of colonic "
    "premalignancies in an obesity-related colon cancer model . Therefore , some types of statins , including "
    "pitavastatin , may be a useful chemoprevention modality for colon cancer in obese individuals ."
)

# hoc pmid:21116849: rats "randomized into four groups", read before as a randomised trial in people
CAFFEINE_RATS = (
    "The aim of this study was to determine whether caffeine enhanced radiosensitivity of normal liver tissue in a "
    "rat radiation-induced liver disease model . Buffalo rat McA-RH7777 hepatocellular cancer cells and BRL3A "
    "normal liver cells were irradiated , and cell cycle distribution and apoptosis rates were analyzed . A rat "
    "model of radiation-induced liver disease was established , rats were randomized into four groups : control ; "
    "caffeine alone ; irradiation ( IR ) alone ; and caffeine plus IR ( Caff + IR ) group . Apoptosis rates in "
    "normal rat liver tissue after IR were evaluated by TUNEL staining and caspase-3 Western blot . Transaminase "
    "activity was measured and histopathological examination was done after IR . Caffeine abrogated IR-induced G2 "
    "phase arrest ( Caff + IR vs. IR : 40.9 Â± 4.0 vs. 60.7 Â± 5.5% , at 12 h after IR ) and increased apoptosis "
    "rates ( Caff + IR vs. IR : 56.1 Â± 6.8 vs. 35.5 Â± 4.0% , at 72 h after IR ) in McA-RH7777 cells , but did not "
    "affect IR-induced G2 phase arrest and apoptosis rates at any time point after IR in BRL3A cells . Caffeine did "
    "not enhance apoptosis , transaminase activity , or histopathological injury of normal rat liver tissue at any "
    "time points after IR . This study suggests that caffeine might not enhance radiosensitivity of normal liver "
    "tissue in vivo . In an earlier study , we reported that caffeine enhanced radiosensitivity of human "
    "hepatocellular cancer in a nude mice model . Together , these results offer feasibility of clinical "
    "application ."
)

# hoc pmid:22583549: cell lines beside tissue from 45 people with liver cancer: not work on cells alone
SATB1_TISSUE = (
    "BACKGROUND Special AT-rich binding protein-1 ( SATB1 ) reprograms chromatin organization and transcription "
    "profiles to promote tumour growth and metastasis . AIMS This study aimed to confirm the effects of SATB1 on "
    "the growth and metastasis of liver cancer and its specific regulation mechanism . METHODS SATB1 expression was "
    "evaluated in human hepatoma tissue , adjacent noncancerous tissue and seven kinds of liver cancer cell lines . "
    "Cell cycle , cell proliferation , apoptosis and epithelial-mesenchymal transition ( EMT ) was investigated "
    "after enhanced or silenced expression of SATB1 . The regulatory action of SATB1 on the expression of genes "
    "that are known to regulate cell cycle progression , apoptosis and EMT and the specific apoptotic pathway on "
    "which it acts were further analysed . Nude mice that received subcutaneous implantation were used to study the "
    "effects of SATB1 on tumour growth in vivo . RESULTS Our data show that the high expression of SATB1 was "
    "observed in the human hepatocellular carcinoma tissue ( 26/45 ) and liver cancer cell lines with high "
    "metastatic potential . SATB1 upregulated CDK4 and downregulated p16 ( INK ) ( 4A ) to promote cell cycle "
    "progression and cell proliferation and prevented apoptosis by inhibiting the FADD-caspase-8-caspase-3 death "
    "receptor-mediated apoptosis pathway . SATB1 also induced EMT concomitant with increased expression of Snail1 , "
    "Slug , Twist and vimentin and decreased expression of E-cadherin , tight junction protein ZO-1 and desmoplakin "
    ". SATB1 promoted the growth of tumour in vivo . CONCLUSION These data suggest that the SATB1 gene may play an "
    "important role in the development and progression of liver cancer by regulation of genes related to cell cycle "
    "progression , apoptosis and EMT ."
)

# hoc pmid:22389673: PLoS headings: its aim said under BACKGROUND, then METHODOLOGY/PRINCIPAL FINDINGS and
# CONCLUSIONS/SIGNIFICANCE
RADIATION_PLOS = (
    "BACKGROUND Death receptors ( DR ) of the TNF family function as anti-tumor immune effector molecules . Tumor "
    "cells , however , often exhibit DR-signaling resistance . Previous studies indicate that radiation can modify "
    "gene expression within tumor cells and increase tumor cell sensitivity to immune attack . The aim of this "
    "study is to investigate the synergistic effect of sub-lethal doses of ionizing radiation in sensitizing "
    "colorectal carcinoma cells to death receptor-mediated apoptosis . METHODOLOGY/PRINCIPAL FINDINGS The ability "
    "of radiation to modulate the expression of multiple death receptors ( Fas/CD95 , TRAILR1/DR4 , TRAILR2/DR5 , "
    "TNF-R1 and LTÎ²R ) was examined in colorectal tumor cells . The functional significance of sub-lethal doses of "
    "radiation in enhancing tumor cell susceptibility to DR-induced apoptosis was determined by in vitro functional "
    "sensitivity assays . The longevity of these changes and the underlying molecular mechanism of irradiation in "
    "sensitizing diverse colorectal carcinoma cells to death receptor-mediated apoptosis were also examined . We "
    "found that radiation increased surface expression of Fas , DR4 and DR5 but not LTÎ²R or TNF-R1 in these cells "
    ". Increased expression of DRs was observed 2 days post-irradiation and remained elevated 7-days post "
    "irradiation . Sub-lethal tumor cell irradiation alone exhibited minimal cell death , but effectively "
    "sensitized three of three colorectal carcinoma cells to both TRAIL and Fas-induced apoptosis , but not "
    "LTÎ²R-induced death . Furthermore , radiation-enhanced Fas and TRAIL-induced cell death lasted as long as "
    "5-days post-irradiation . Specific analysis of intracellular sensitizers to apoptosis indicated that while "
    "radiation did reduce Bcl-X(L) and c-FLIP protein expression , this reduction did not correlate with the "
    "radiation-enhanced sensitivity to Fas and/or TRAIL mediated apoptosis among the three cell types . "
    "CONCLUSIONS/SIGNIFICANCE Irradiation of tumor cells can overcome Fas and TRAIL resistance that is long lasting "
    ". Overall , results of these investigations suggest that non-lethal doses of radiation can be used to make "
    "human tumors more amenable to attack by anti-tumor effector molecules and cells ."
)

# hoc pmid:12429650: "EXPERIMENTAL DESIGN To study the potential of STI571 …, we studied its effects …": a whole
# sentence
STI571_TO_STUDY = (
    "PURPOSE Osteosarcoma is an aggressive primary bone cancer characterized by expression of platelet-derived "
    "growth factor ( PDGF ) and its cognate receptor . Coexpression of the growth factor and receptor suggests "
    "their role in autocrine or paracrine growth mechanisms . It has been reported previously that STI571 has "
    "specific activity in inhibiting select tyrosine kinase receptors , including PDGF and c-Kit . Osteosarcomas "
    "express low levels of c-Kit but abundant levels of PDGF receptor ( PDGFR ) . EXPERIMENTAL DESIGN To "
    "investigate the potential of STI571 as therapy for osteosarcoma , we studied its effects on PDGF-mediated cell "
    "growth in vitro and in an in vivo mouse model . RESULTS PDGF acted as a potent mitogen in a dose-dependent "
    "manner in two osteosarcoma cell lines . STI571 ( 1.0 micro M ) inhibited both PDGFR-alpha and PDGFR-beta "
    "phosphorylation and the downstream phosphorylation targets extracellular signal-regulated kinase and Akt . "
    "STI571 also inhibited PDGF-mediated growth and induced apoptosis in vitro as determined by "
    "3-(4,5-dimethylthiazol-2-yl)-2,5-diphenyltetrazolium bromide assay and terminal deoxynucleotidyl "
    "transferase-mediated nick end labeling staining . To study the effect of STI571 alone or in combination with "
    "Taxol in an in vivo model , an osteosarcoma cell line ( KRIB ) was transplanted into the tibia of athymic nude "
    "mice . Mice were treated with STI571 ( 50 mg/kg p.o. q M-F ) , Taxol ( 8 mg/kg i.p. weekly ) , or STI571 plus "
    "Taxol for 6 weeks . There was no significant difference in tumor size between treatment and control mice . "
    "Aberrant signaling pathways downstream of the PDGFR in the v-Ki-ras oncogene-transformed KRIB cell line may in "
    "part explain this finding . CONCLUSIONS Our data demonstrate that STI571 inhibits PDGF-mediated growth and "
    "leads to apoptosis of osteosarcoma cells in vitro by selective inhibition of the PDGFR tyrosine kinase . The "
    "effectiveness of STI571 in our studies suggests targeting of PDGFRs as a novel treatment for osteosarcoma ."
)

# hoc pmid:23178952: "Previous studies have shown that … JG-03-14 … has the capacity to kill breast tumor cells" was
# told as what this study did
JG0314_PREVIOUS = (
    "PURPOSE : Previous studies have shown that the novel microtubule poison , JG-03-14 , which binds to the "
    "colchicine binding site of tubulin , has the capacity to kill breast tumor cells primarily through the "
    "promotion of autophagy . The current work was designed to determine whether autophagy was , in fact , the "
    "primary mode of action as well as susceptibility to JG-03-14 in two additional tumor cell models , the B16/F10 "
    "murine melanoma cell line and the HCT-116 human colon cancer cell line . METHODS : Drug cytotoxicity was "
    "monitored based on viable cell number and clonogenic survival . Apoptosis was assessed by DAPI staining , the "
    "TUNEL assay and/or FACS analysis . Autophagy was monitored based on staining with acridine orange , "
    "redistribution and punctuation of RFP-LC3 and electron microscopy as well as p62 degradation . Senescence was "
    "evaluated based on Î²-galactosidase staining and alterations in cell morphology . Drug effects were also "
    "evaluated in a murine model of B16/F10 cells that localizes to the lungs while peripheral neuropathy was "
    "assessed by three complementary behavioral assays . RESULTS : Both HCT-116 colon cancer cells and B16/F10 "
    "melanoma cells were sensitive to JG-03-14 in that the drug demonstrated tumor cell killing . However , there "
    "was minimal induction of apoptosis . In contrast , there was clear evidence for autophagy and autophagic flux "
    "while the residual surviving cells appeared to be in a state of irreversible senescence . Inhibition of "
    "drug-induced autophagy in either the melanoma cells or the colon carcinoma cells was only slightly protective "
    "as the cells instead died by apoptosis . JG-03-14 reduced the size of tumor nodules in mice lungs ; "
    "furthermore , the drug did not promote peripheral neuropathy . CONCLUSIONS : Taken together with evidence for "
    "its actions as a vascular disrupting agent , these observations support the potential utility of JG-03-14 to "
    "effectively treat malignancies that might be resistant to conventional chemotherapy through evasion of "
    "apoptosis ."
)

# hoc pmid:23317220: breast cancer MDA-MB-231 cells and 3T3-L1 adipocytes; its closing line: "onion might be useful
# for preventing obesity-related malignancy"
ONION_CELLS = (
    "Onions ( Allium cepa L. ) are widely used in the food industry for its nutritional and aromatic properties . "
    "Our studies showed that ethyl acetate extract of onion ( EEO ) had potent inhibitory effects on animal fatty "
    "acid synthase ( FAS ) , and could induce apoptosis in FAS over-expressing human breast cancer MDA-MB-231 cells "
    ". Furthermore , this apoptosis was accompanied by reduction of intracellular FAS activity and could be rescued "
    "by 25 mM or 50 mM exogenous palmitic acids , the final product of FAS catalyzed synthesis . These results "
    "suggest that the apoptosis induced by EEO occurs via inhibition of FAS . We also found that EEO could suppress "
    "lipid accumulation during the differentiation of 3T3-L1 adipocytes , which was also related to its inhibition "
    "of intracellular FAS activity . Since obesity is closely related to breast cancer and obese patients are at "
    "elevated risk of developing various cancers , these findings suggested that onion might be useful for "
    "preventing obesity-related malignancy ."
)

# doi:10.1002/14651858.CD003914.pub4: "the empirical routine addition of antiGP treatment, namely glycopeptides":
# antiGP was left unexplained
ANTI_GP = (
    "Fourteen trials and 2782 patients or episodes were included. Empirical antiGP antibiotics were tested at the "
    "onset of treatment in 12 studies, and for persistent fever in two studies. The antiGP treatment was a "
    "glycopeptide in nine trials. Eight studies were assessed in the overall mortality comparison and no "
    "significant difference was seen between the comparator arms, RR of 0.90 (95% CI 0.64 to 1.25; 8 studies, 1242 "
    "patients; moderate-quality data). Eleven trials assessed failure, including modifications as failures, while "
    "seven assessed overall failure disregarding treatment modifications. Failure with modifications was reduced, "
    "RR of 0.72 (95% CI 0.65 to 0.79; 11 studies, 2169 patients; very low-quality data), while overall failure was "
    "the same, RR of 1.00 (95% CI 0.79 to 1.27; 7 studies, 943 patients; low-quality data). Sensitivity analysis "
    "for allocation concealment and incomplete outcome data did not change the results. Failure among patients with "
    "gram-positive infections was reduced with antiGP treatment, RR of 0.56 (95% CI 0.38 to 0.84, 5 studies, 175 "
    "patients), although, mortality among these patients was not changed. Data regarding other patient subgroups "
    "likely to benefit from antiGP treatment were not available. Glycopeptides did not increase fungal "
    "superinfection rates and were associated with a reduction in documented gram-positive superinfections. "
    "Resistant colonisation was not documented in the studies. Based on very low- or low-quality evidence using the "
    "GRADE approach and overall low risk of bias, the current evidence shows that the empirical routine addition of "
    "antiGP treatment, namely glycopeptides, does not improve the outcomes of febrile neutropenic patients with "
    "cancer."
)

# doi:10.1002/14651858.CD000553.pub2: "All trials had problems of method", told as "Some studies had weaknesses …"
SHUNTS_ALL_TRIALS = (
    "Twenty-two trials evaluating 1409 patients were included. All trials had problems of method. Shunt therapy "
    "compared with ET demonstrated significantly less rebleeding (OR 0.24, 95% CI 0.18 to 0.30) at the cost of "
    "significantly increased acute hepatic encephalopathy (OR 2.07, 95% CI 1.59 to 2.69) and chronic encephalopathy "
    "(OR 2.09, 95% CI 1.20 to 3.62). There were no significant differences regarding mortality (hazard ratio 1.00, "
    "95% CI 0.82 to 1.21) and duration of in-patient stay (weighed mean difference 0.78 day, 95% CI -1.48 to 3.05). "
    "The proportion of patients with shunt occlusion or dysfunction was 3.1% (95% CI 0.4 to 10.7%) following TS "
    "(two trials), 7.8% (95% CI 3.8 to 13.9%) following DSRS (four trials), and 59% (range 18% to 72%) following "
    "TIPS (14 trials). All shunts resulted in a significantly lower rebleeding rate at the expense of a higher "
    "incidence of encephalopathy. TIPS was complicated by a high incidence of shunt dysfunction. No survival "
    "advantage was demonstrated with any shunt."
)
