"""Round forty-four: reviews whose "What was studied" said only how many studies there were.

Each abstract is real (val.jsonl, Cochrane). The comparison a review names is read through
a bracketed aside, a lone word before "versus" shares the words after it, and a comparison
run into its result by a missing comma is not said.
"""

from __future__ import annotations

import pytest

from broker.plain.reading import read
from broker.plain.studied import _compared

from . import abstracts_review9 as r9
from . import abstracts_review20 as r20
from .test_plain import entry_for

# doi:10.1002/14651858.CD007565.pub2: "When we compared suboptimal (> 1 cm) versus optimal (< 1 cm) cytoreduction the
# survival estimates were attenuated …": no comma ends the comparison.
OVARIAN_CYTOREDUCTION = (
    "There were no RCTs or prospective non-RCTs identified that were designed to evaluate the effectiveness of "
    "surgery when performed as a primary procedure in advanced stage ovarian cancer. We found 11 retrospective "
    "studies that included a multivariate analysis that met our inclusion criteria. Analyses showed the prognostic "
    "importance of complete cytoreduction, where the residual disease was microscopic that is no visible disease, "
    "as overall (OS) and progression-free survival (PFS) were significantly prolonged in these groups of women. PFS"
    " was not reported in all of the studies but was sufficiently documented to allow firm conclusions to be drawn."
    " When we compared suboptimal (> 1 cm) versus optimal (< 1 cm) cytoreduction the survival estimates were "
    "attenuated but remained statistically significant in favour of the lower volume disease group There was no "
    "significant difference in OS and only a borderline difference in PFS when residual disease of > 2 cm and < 2 "
    "cm were compared (hazard ratio (HR) 1.65, 95% CI 0.82 to 3.31; and HR 1.27, 95% CI 1.00 to 1.61, P = 0.05 for "
    "OS and PFS respectively). There was a high risk of bias due to the retrospective nature of these studies "
    "where, despite statistical adjustment for important prognostic factors, selection bias was still likely to be "
    "of particular concern. Adverse events, quality of life (QoL) and cost-effectiveness were not reported by "
    "treatment arm or to a satisfactory level in any of the studies. During primary surgery for advanced stage "
    "epithelial ovarian cancer all attempts should be made to achieve complete cytoreduction. When this is not "
    "achievable, the surgical goal should be optimal (< 1 cm) residual disease. Due to the high risk of bias in the"
    " current evidence, randomised controlled trials should be performed to determine whether it is the surgical "
    "intervention or patient-related and disease-related factors that are associated with the improved survival in "
    "these groups of women. The findings of this review that women with residual disease < 1 cm still do better "
    "than women with residual disease > 1 cm should prompt the surgical community to retain this category and "
    "consider re-defining it as 'near optimal' cytoreduction, reserving the term 'suboptimal' cytoreduction to "
    "cases where the residual disease is > 1 cm (optimal/near optimal/suboptimal instead of "
    "complete/optimal/suboptimal)."
)


@pytest.mark.parametrize(("abstract", "said", "not_said"), [
    # CD004215.pub2: "did not compare double versus single wall incubators" named the only subject there was, and
    # "double compared with single wall incubators" would read as a slip.
    pytest.param(r9.DOUBLE_WALL_INCUBATORS, "It was about double wall incubators compared with single wall "
                 "incubators.", "double compared with", id="incubators"),
    # CD006780.pub3: "Nine studies compared heparin (alone or in combination with dipyridamole or low-dose aspirin)
    # with no treatment" gave no subject at all, so the part was empty.
    pytest.param(r20.HEPARIN_PLACENTA, "Nine studies compared heparin with no treatment.", "(", id="heparin"),
])
def test_a_review_that_names_its_comparison_says_it(abstract: str, said: str, not_said: str) -> None:
    studied = entry_for(abstract).studied
    assert said in studied
    assert not_said not in studied


def test_a_comparison_run_into_its_result_is_not_a_subject() -> None:
    assert _compared(read(OVARIAN_CYTOREDUCTION).sentences)[0] == ""
    assert "survival estimates" not in entry_for(OVARIAN_CYTOREDUCTION).studied


@pytest.mark.parametrize(("sentence", "compared"), [
    ("Eight trials compared early versus late surgery.", "early surgery with late surgery"),
    ("Four trials compared oral versus intravenous antibiotics.", "oral antibiotics with intravenous antibiotics"),
    ("Six trials compared surgery versus no surgery.", "surgery with no surgery"),
    ("Five trials compared aspirin versus placebo.", "aspirin with placebo"),
    ("Seven trials compared exercise versus usual care.", "exercise with usual care"),
    ("Three trials compared acupuncture versus sham acupuncture needles.", "acupuncture with sham acupuncture needles"),
])
def test_a_lone_word_before_versus_shares_the_words_after_it_only_when_it_describes_them(sentence: str,
                                                                                          compared: str) -> None:
    assert _compared(read(sentence).sentences)[0] == compared
