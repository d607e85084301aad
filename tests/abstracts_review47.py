"""Real Cochrane abstracts (val.jsonl) for round forty-seven's tests."""

# doi:10.1002/14651858.CD013106.pub2: "the proportion of participants with detectable HBV-DNA" is an outcome, named
# in two sentences; it is not who took part.
SOPHORA_HEPATITIS_B = (
    "We included 10 randomised clinical trials with 898 participants. We judged all trials at high risk of bias. "
    "The trials covered oral capsules, intravenous infusion, intramuscular injection, and acupoint (a specifically "
    "chosen site of acupuncture) injection of Radix Sophorae flavescentis with a follow-up period from 1 to 12 "
    "months. The drugs being used as a comparator were lamivudine, adefovir, interferon, tiopronin, thymosin, or "
    "other Chinese herbs. Two trials included children up to 14 years old. Participants in one trial had cirrhosis "
    "in chronic hepatitis B. None of the trials reported all-cause mortality, health-related quality of life, "
    "serious adverse events, hepatitis B-related mortality, or morbidity. We are uncertain as to whether Radix "
    "Sophorae flavescentis has a beneficial or harmful effect on adverse events considered 'not to be serious' (RR "
    "0.86, 95% CI 0.42 to 1.75; I2 = 0%; 2 trials, 163 participants; very low-certainty evidence), as well as if it"
    " decreases or increases the proportion of participants with detectable HBV-DNA (RR 1.14, 95% CI 0.81 to 1.63; "
    "I2 = 92%; 8 trials, 719 participants; very low-certainty evidence). Radix Sophorae flavescentis showed a "
    "reduction in the proportion of participants with detectable hepatitis B virus e-antigen (HBeAg) (RR 0.86, 95% "
    "CI 0.75 to 0.98; I2 = 43%; 7 trials, 588 participants; very low-certainty evidence). Two of the 10 trials were"
    " not funded, and one received academic funding. The remaining seven trials provided no information on funding."
    " The randomisation process in another 109 trials was insufficiently reported to ensure the inclusion of any of"
    " these studies in our review. The included trials lacked data on all-cause mortality, health-related quality "
    "of life, serious adverse events, hepatitis-B related mortality, and hepatitis-B related morbidity. The "
    "evidence on the effect of Radix Sophorae flavescentis on the proportion of participants with adverse events "
    "considered 'not to be serious' and on the proportion of participants with detectable HBV-DNA is still unclear."
    " We advise caution regarding the results of Radix Sophorae flavescentis showing a reduction in the proportion "
    "of people with detectable HBeAg because the trials were at high risk of bias, because it is a non-validated "
    "surrogate outcome, and because of the very low certainty in the evidence. As we were unable to obtain "
    "information on a large number of studies regarding their trial design, we were deterred from including them in"
    " our review. Undisclosed funding may have influence on trial results and lead to poor design of the trial. In "
    "view of the wide usage of Radix Sophorae flavescentis, we need large, unbiased, high-quality placebo-"
    "controlled randomised trials assessing patient-centred outcomes."
)

