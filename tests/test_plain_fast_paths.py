"""Fast paths of broker.plain: each gives what the pattern it stands in for gives."""

from __future__ import annotations

import re

import pytest

from broker.plain import compared, design, glossary, kept, purpose, starts, text

SAMPLES = [
    "", "a", "-x 'y z' --q '-r 12,5 mg/kg", "it's a non-randomised, placebo-controlled trial (n = 40).",
    "end-of-life care -- x-ray's 'quoted' -'", "naïve café — über résumé", "trial\u2019s “quoted” end",
]


@pytest.mark.parametrize("sample", SAMPLES)
def test_glossary_tokens_are_the_patterns(sample: str) -> None:
    for t in (sample, sample.lower()):
        assert glossary._tokens(t) == glossary._TOKEN.findall(t)


@pytest.mark.parametrize("sample", [
    "One trial.The next trial (2 studies).We found it. So there.", "Is it? Yes!It is. No.", "A (e.g. B).C was it.",
    "Done.  Next one. \"Quoted.\" Then 3 trials.",
])
def test_sentence_patterns_for_full_stops_only_cut_alike(sample: str) -> None:
    dots = sample.replace("!", ".").replace("?", ".")
    assert text._SENT_END_DOT.split(dots) == text._SENT_END.split(dots)
    assert text._GLUED_DOT.sub("#", dots) == text._GLUED.sub("#", dots)


@pytest.mark.parametrize("sample", SAMPLES)
def test_kept_words_are_the_patterns(sample: str) -> None:
    for t in (sample, sample.lower()):
        assert kept._kept_words(t) == kept._KEPT_WORD.findall(t)


@pytest.mark.parametrize("sample", [*SAMPLES, "RR 0.85, 95% CI 0.70 to 1.02; 1,234 people (12 trials).",
                                    "3.5.6 and 7,.8, 9.", "0.5 mg… 2,000 ٣ people", ".5 ,6 7, 8. 10..2"])
def test_numbers_are_the_patterns(sample: str) -> None:
    assert kept.numbers(sample) == {n.replace(",", "").rstrip(".") for n in kept._NUMBER.findall(sample)}


_RESULT_WORDS_AS_ONE = re.compile(
    r"%|\b(?:higher|lower|fewer|more likely|less likely|greater|smaller|better|worse|decreased|increased|reduced|"
    r"improved|significant(?:ly)?|effective|differences?|benefit|no effect|associated with|found that|showed that|"
    r"showed no|found no|rates? (?:was|were)|risk of bias|quality|excluded|full-text|(?:\d[\d,]*|identified|screened|"
    r"retrieved|examined|found) (?:publications|records|citations|titles|references))\b")


@pytest.mark.parametrize("sample", [*SAMPLES, "we screened 1,204 records", "120 records.", "x120 records", "50%",
                                    "a higher dose", "ahigher", "rate was", "full-texts", "the quality of life",
                                    "no effects", "found no", "foundno"])
def test_says_result_is_the_one_pattern(sample: str) -> None:
    for t in (sample, sample.lower()):
        assert compared.says_result(t) == bool(_RESULT_WORDS_AS_ONE.search(t))


@pytest.mark.parametrize("sample", [*SAMPLES, "RR 0.8 (95% CI 0.6 to 1.1)", "P = 0.04", "(p<0.05)", "ORs", "xCI",
                                    "the odds ratio was", "P-value", "HRs", "p  > 0.1", "SMD -0.2"])
def test_estimate_is_the_one_pattern(sample: str) -> None:
    one = re.compile(r"\b(?:CI|RR|OR|HR|SMD|MD|[Pp]\s*[=<>]|odds ratio|risk ratio|hazard ratio|"
                     r"confidence interval)\b|\b[Pp]\s*[=<>]")
    assert bool(design._ESTIMATE.search(sample)) == bool(one.search(sample))


@pytest.mark.parametrize("sample", [*SAMPLES, "given to prevent falls in older people, and", "appears to reduce pain.",
                                    "unable to treat x", "xto reduce y", "to promote recovery after stroke",
                                    "to stop it", "tended to improve sleep", "it was used to manage pain"])
def test_to_is_the_pattern_led_by_a_look_behind(sample: str) -> None:
    old = re.compile(r"(?<!appears )(?<!appear )(?<!appeared )(?<!seems )(?<!seem )(?<!likely )(?<!shown )(?<!found )"
                     r"(?<!able )(?<!tends )(?<!tend )(?<!tended )(?<!failed )(?<!fail )(?<!fails )(?<!unlikely )"
                     r"\bto (?P<verb>prevent|treat|reduce|relieve|control|manage|promote|improve|speed|shorten|"
                     r"induce|stop|aid) (?P<what>(?:[\w'-]+ ){0,5}?[\w'-]+)(?=[,;:.()]| (?:and|but|in|among|who|"
                     r"which|when|compared|than|is|are|was|were|with|at|by|or|during|should|may|might|can|could|"
                     r"remains?|has|have)\b|$)")
    for t in (sample, sample.lower()):
        assert [(m.span(), m.groupdict()) for m in purpose._TO.finditer(t)] == [
            (m.span(), m.groupdict()) for m in old.finditer(t)]


@pytest.mark.parametrize("sample", [*SAMPLES, "Trials comparing aspirin with placebo in adults with pain, were",
                                    "COMPARED WITH PLACEBO", "We compared drug A to drug B.", "xcompared a with b,",
                                    "the comparison of ibuprofen 400 mg with placebo in children who had pain."])
def test_comparison_is_the_pattern_led_by_a_look_ahead(sample: str) -> None:
    old = starts.starting(r"\bc" + compared.COMPARISON.pattern[len(r"(?-i:[Cc])(?<!\w.)(?:"):-1], re.I)
    for t in (sample, sample.lower()):
        assert [(m.span(), m.groups()) for m in compared.COMPARISON.finditer(t)] == [
            (m.span(), m.groups()) for m in old.finditer(t)]
