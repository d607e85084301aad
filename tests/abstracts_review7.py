"""Real abstracts behind the seventh round of plain-language fixes (issue 14), each kept word for word.

The Cochrane abstracts come from the Cochrane plain-language-summary data set (CC BY 4.0);
the DOI beside each names its review.
"""
from __future__ import annotations

# doi:10.1002/14651858.CD002201.pub5
OMEGA3_CYSTIC_FIBROSIS = (
    "The searches identified 15 studies; four studies with 91 participants (children and adults) were included; d"
    "uration of studies ranged from six weeks to six months. Two studies were judged to be at low risk of bias ba"
    "sed on adequate randomisation but this was unclear in the other two studies. Three of the studies adequately"
    " blinded patients, however, the risk of bias was unclear in all studies with regards to allocation concealme"
    "nt and selective reporting. Two studies compared omega-3 fatty acids to olive oil for six weeks. One study c"
    "ompared a liquid dietary supplement containing omega-3 fatty acids to one without for six months. One study "
    "compared omega-3 fatty acids and omega-6 fatty acids to a control (capsules with customised fatty acid blend"
    "s) for three months. Only one short-term study (19 participants) comparing omega-3 to placebo reported a sig"
    "nificant improvement in lung function and Shwachman score and a reduction in sputum volume in the omega-3 gr"
    "oup. Another study (43 participants) demonstrated a significant increase in serum phospholipid essential fat"
    "ty acid content and a significant drop in the n-6/n-3 fatty acid ratio following omega-3 fatty acid suppleme"
    "ntation compared to control. The longer-term study (17 participants) demonstrated a significant increase in "
    "essential fatty acid content in neutrophil membranes and a significant decrease in the leukotriene B4 to leu"
    "kotriene B5 ratio in participants taking omega-3 supplements compared to placebo. This review found that reg"
    "ular omega-3 supplements may provide some benefits for people with cystic fibrosis with relatively few adver"
    "se effects, although evidence is insufficient to draw firm conclusions or recommend routine use of these sup"
    "plements in people with cystic fibrosis. This review has highlighted the lack of data for many outcomes mean"
    "ingful to people with or making treatment decisions about cystic fibrosis. A large, long-term, multicentre, "
    "randomised controlled study is needed to determine any significant therapeutic effect and to assess the infl"
    "uence of disease severity, dosage and duration of treatment. Future researchers should note the need for add"
    "itional pancreatic enzymes."
)
