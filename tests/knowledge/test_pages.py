"""Comparison pages: parsed with exactly their figures, merged once, contradictions named."""

from __future__ import annotations

import pytest

from knowledge.build import page_code
from knowledge.sources.pages import PageConflict, PageError, merge_pages, parse_page


@pytest.fixture(scope="module")
def mao(store):
    return store.profile(page_code("Medical office administrator"))


def test_medical_office_administrator_overview(mao):
    assert mao.origin == "page"
    s = mao.salary
    assert (s.annual_mean, s.hourly_mean, s.employment) == (34252, 16.47, 179503)
    assert (s.range_low, s.range_high) == (27000, 41000)
    assert (s.top_metro.name, s.top_state.name) == ("Anchorage, AK", "Alaska")
    assert (s.best_company, s.best_industry.name) == ("University of California, Berkeley", "Health Care")
    assert mao.outlook.growth_pct == -8
    e = mao.education
    assert (e.most_common.label, e.most_common.pct) == ("Bachelor's Degree", 31)
    assert (e.major, e.college, e.experience_years, e.time_to_become) == ("Health Care Administration", None,
                                                                          2, "1-2 years")
    d = mao.demographics
    assert (d.average_age, d.pct_men, d.pct_women, d.lgbt_pct) == (49, 9.4, 90.6, 9)
    assert [(r.label, r.pct) for r in d.race] == [
        ("Black or African American", 9.6), ("Unknown", 3.8), ("Hispanic or Latino", 12.0), ("Asian", 3.8),
        ("White", 70.6), ("American Indian and Alaska Native", 0.4)]
    assert [(k.name, k.share) for k in mao.skills][:3] == [("Patients", 21), ("Patient Care", 10),
                                                          ("Customer Service", 8)]
    assert mao.tasks[0].text.startswith("Re-Evaluat & improve policy manual")
    assert len(mao.tasks) == 6
    assert mao.family == "Office and Administrative Support"


def test_patient_coordinator_and_patient_care_specialist(store):
    pc = store.profile(page_code("Patient coordinator"))
    assert (pc.salary.annual_mean, pc.salary.hourly_mean, pc.salary.employment) == (32954, 15.84, 97878)
    assert (pc.salary.top_metro.name, pc.education.college) == ("Brockton, MA", "University of Pennsylvania")
    assert (pc.demographics.pct_women, pc.demographics.average_age, pc.outlook.growth_pct) == (88.8, 40, -4)
    assert [s.name for s in pc.skills][-1] == "Check-In"
    pcs = store.profile(page_code("Patient care specialist"))
    assert (pcs.salary.annual_mean, pcs.salary.range_low, pcs.salary.range_high) == (34157, 20000, 55000)
    assert (pcs.salary.best_company, pcs.salary.top_metro.name) == ("KPG", "Boston, MA")
    assert [(s.name, s.share) for s in pcs.skills][-2:] == [("CPT", 2), ("CPR", 2)]
    assert pcs.education.time_to_become == "2-4 years"


def test_page_profiles_link_to_their_closest_onet_occupation(store):
    assert store.profile(page_code("Medical office administrator")).onet_code == "11-9111.00"
    assert store.profile(page_code("Patient coordinator")).onet_code == "29-2099.08"


def test_profile_on_two_pages_comes_out_once(store):
    codes = [c for c in {c for _, c, k in store.titles() if k == "page"}]
    assert len(codes) == 3
    mao = store.profile(page_code("Medical office administrator"))
    assert len(mao.sources) == 2  # both pages named


def test_job_satisfaction_dash_is_absent_not_zero(mao):
    assert "satisfaction" not in mao.model_dump_json()


PAGE = """Alpha vs beta

While it typically takes 1-2 years to become an alpha, becoming a beta takes usually requires 2-4 years.

Alpha vs beta overview

AlphaBeta
Yearly salary$10,000$20,000
Average age4030
"""


def test_contradicting_pages_are_an_error_naming_both():
    first = parse_page(PAGE, "one.txt")
    second = parse_page(PAGE.replace("$10,000$20,000", "$11,000$20,000"), "two.txt")
    with pytest.raises(PageConflict, match=r"one\.txt.*two\.txt"):
        merge_pages(first + second)


def test_agreeing_pages_merge():
    merged = merge_pages(parse_page(PAGE, "one.txt") + parse_page(PAGE, "two.txt"))
    assert [p.title for p in merged] == ["Alpha", "Beta"]
    assert merged[0].pages == ["one.txt", "two.txt"] and merged[0].facts["annual_mean"] == 10000


def test_ambiguous_cell_is_an_error_not_a_guess():
    with pytest.raises(PageError, match="cannot split"):
        parse_page(PAGE + "Years of experience212\n", "bad.txt")  # 2 and 12, or 21 and 2?
