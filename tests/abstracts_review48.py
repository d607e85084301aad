"""Real Cochrane abstracts (val.jsonl) for round forty-eight's tests."""

# doi:10.1002/14651858.CD007018.pub2: two studies, both at moderate to high risk of bias, and the authors ask for
# more evaluation: "How sure we can be" already says both in two sentences.
MINORITY_STUDENTS = (
    "Two studies of the 7880 identified from searching the electronic databases met the inclusion criteria. Both "
    "studies were controlled before and after studies, of moderate to high risk of bias, that explored the effects of "
    "interventions to improve retention of minority groups in health professional training institutions. These studies"
    " reported that an intervention comprising of a package of student support activities including social, academic, "
    "and career guidance and mentorship resulted in an increase in the number of minority students who enrolled and "
    "graduated from health training institutions. The evidence to estimate the likely effects of interventions in pre-"
    "licensure education to increase health-worker supply is generally insufficient or unavailable, particularly in "
    "LMICs. Promising innovations from a high-income country include providing financial support to health "
    "professional students or introducing mechanisms to identify and encourage potential students and offering support"
    " to 'at risk' students. These and other promising interventions should be evaluated in LMIC."
)
