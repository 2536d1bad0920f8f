"""The matcher finds occupations however titles are spelled, ranks rivals and invents nothing."""

from __future__ import annotations

import pytest

from knowledge.build import page_code


@pytest.fixture(scope="module")
def top(engine):
    def first(phrase: str) -> str | None:
        found = engine.matcher.match(phrase)
        return found[0].code if found else None

    return first


@pytest.mark.parametrize(("phrase", "code"), [
    ("welders", "51-4121.00"),
    ("Secretaries", "43-6014.00"),
    ("waitress", "35-3031.00"),
    ("labourer", "53-7062.00"),
    ("director of nursing", "11-9111.00"),
    ("nursing director", "11-9111.00"),
    ("Senior Software Engineer", "15-1252.00"),
    ("Welder II", "51-4121.00"),
    ("lead cashier", "41-2011.00"),
    ("RN", "29-1141.00"),
    ("LPN", "29-2061.00"),
    ("CNA", "31-1131.00"),
    ("CPA", "13-2011.00"),
    ("phlebotomist", "31-9097.00"),
    ("Drafting Technician (Drafting Tech)", "17-3012.00"),
])
def test_spellings_find_the_occupation(top, phrase, code):
    assert top(phrase) == code


@pytest.mark.parametrize(("phrase", "code"), [
    ("phlebotomsit", "31-9097.00"),
    ("elektrician", "47-2111.00"),
    ("dental hygenist", "29-1292.00"),
    ("regsitered nurse", "29-1141.00"),
    ("acountant", "13-2011.00"),
])
def test_one_or_two_typos(top, phrase, code):
    assert top(phrase) == code


def test_page_profiles_win_their_own_titles(top):
    assert top("medical office administrator") == page_code("Medical office administrator")
    assert top("patient coordinators") == page_code("Patient coordinator")


def test_shared_alias_prefers_real_occupation_over_all_other(engine):
    found = engine.matcher.match("phlebotomist")
    codes = [c.code for c in found]
    assert codes[0] == "31-9097.00" and "31-9099.00" in codes  # the "All Other" code ranks below


def test_ambiguous_title_returns_ranked_candidates_with_scores(engine):
    found = engine.matcher.match("nurse")
    assert len(found) >= 3
    assert found[0].code == "29-1141.00"
    assert all(c.score == 100 for c in found)


@pytest.mark.parametrize("chatter", ["hi", "thanks!", "what's the weather", "lol", "haha", "whatever", "zzzzqqq"])
def test_chatter_finds_nothing(engine, chatter):
    assert engine.matcher.match(chatter) == []


@pytest.mark.parametrize("typo, code", [("electrican salary", "47-2111.00"), ("plumbr salary", "47-2152.00"),
                                        ("pharmacst salary", "29-1051.00")])
def test_a_dropped_letter_is_corrected_to_the_job_not_a_word_of_another(understand, typo, code):
    """Should read "electrican" as electricians ("electrician" less an i), not as "electrical" (electrical
    apprentices, helpers), though both are one edit away."""
    assert [m.code for m in understand(typo).occupations] == [code]


@pytest.mark.parametrize("text, code", [("phlebotimist salary", "31-9097.00"), ("plummer pay", "47-2152.00")])
def test_a_misspelt_title_is_answered_when_its_rival_holds_the_same_title_on_weaker_evidence(understand, text, code):
    """"Phlebotomist" is also an alternate title of healthcare support workers, all other: no rival for the
    occupation whose official title it is."""
    assert understand(text).codes == [code], understand(text).occupations
