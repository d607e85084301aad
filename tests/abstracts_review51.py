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
