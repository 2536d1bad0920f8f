"""The store holds the published figures: spot checks against the raw source files."""

from __future__ import annotations

import csv
import gzip
import sqlite3

import pytest


def test_medical_secretaries_national_wages_match_oews(store):
    s = store.profile("43-6013.00").salary
    assert (s.annual_median, s.employment, s.hourly_median) == (45930, 961610, 22.08)
    assert (s.annual_p10, s.annual_p90, s.annual_mean) == (35930, 60530, 46800)
    assert (s.source, s.year) == ("BLS OEWS", "May 2025")


def test_highest_paying_places_and_industry(store):
    s = store.profile("43-6013.00").salary
    assert (s.top_state.name, s.top_state.annual_mean) == ("Washington", 57300)
    assert (s.top_metro.name, s.top_metro.annual_mean) == ("San Jose-Sunnyvale-Santa Clara, CA", 68750)
    assert (s.best_industry.name, s.best_industry.annual_mean) == ("Nondepository Credit Intermediation", 70260)


def test_highest_paying_state_agrees_with_the_raw_oews_rows(store, shared, tmp_path):
    db_path = tmp_path / "oews.sqlite"
    with gzip.open(shared / "bls/oews/oews-2025.sqlite.gz") as packed:
        db_path.write_bytes(packed.read())
    db = sqlite3.connect(db_path)
    rows = db.execute("SELECT a.area_name, c.v04 FROM cell c JOIN area a ON a.area_code = substr(c.key, 5, 7) "
                      "WHERE c.key LIKE 'OEUS%000000292052' AND c.v04 != '-'").fetchall()
    states = [(name, int(v)) for name, v in rows if name not in ("Guam", "Puerto Rico", "Virgin Islands")]
    best = max(states, key=lambda r: r[1])
    top = store.profile("29-2052.00").salary.top_state
    assert (top.name, top.annual_mean) == best


def test_aggregate_codes_join_through_the_crosswalk(store):
    accountants = store.profile("13-1021.00")  # Buyers and purchasing agents, farm products → 13-1020
    assert accountants.wage_code == "13-1020"
    assert accountants.salary.employment is not None
    assert store.profile("13-1023.00").salary == accountants.salary
    rn = store.profile("29-1141.00")
    assert rn.wage_code == "29-1141"


def test_outlook_matches_projections_table(store, shared):
    with open(shared / "bls/ep/ep_2024-34_table1.2_occupational_projections.csv", encoding="utf-8") as f:
        row = next(r for r in csv.DictReader(f) if r["2024 National Employment Matrix code"] == "43-6013")
    o = store.profile("43-6013.00").outlook
    assert o.growth_pct == float(row["Employment change, percent, 2024–34"]) == 4.2
    assert o.employment_2024 == 850_000 and o.openings == 85_900
    assert o.entry_education == "High school diploma or equivalent"


def test_demographics_come_from_cps_through_census_titles(store):
    d = store.profile("43-6013.00").demographics
    assert d.census_title == "Medical secretaries and administrative assistants"
    assert d.pct_women == 98.4 and d.median_age == 46.2
    assert d.lgbt_pct is None  # no public source has it


def test_top_coded_wages_stay_missing_and_flagged(store):
    row = store.area_wage("11-1011", "3900003")  # chief executives in a nonmetropolitan area of Ohio
    assert row.annual_p90 is None and row.top_coded == ["annual_p90"]
    assert row.annual_median == 165290


def test_unpublished_values_are_none_not_zero(store):
    actors = store.profile("27-2011.00").salary  # paid by the hour: OEWS publishes no annual wages
    assert actors.annual_mean is None and actors.hourly_median is not None


def test_military_occupations_have_no_invented_wages(store):
    p = store.profile("55-1011.00")
    assert p is not None and p.salary is None and p.outlook is None


def test_skills_ranked_by_what_sets_the_job_apart_and_tasks_core_first(store):
    p = store.profile("29-2052.00")
    skills = [s for s in p.skills if s.kind == "skill"]
    important = [s for s in skills if s.importance >= 3]
    assert skills[:len(important)] == important  # "important" ones (3 of 5 or more) lead
    assert [s.lift for s in important] == sorted((s.lift for s in important), reverse=True)
    cores = [t.core for t in p.tasks]
    assert cores == sorted(cores, reverse=True)
    assert any(s.kind == "technology" and s.hot for s in p.skills)


def test_lift_is_importance_above_the_mean_over_all_occupations(store):
    rows = list(store.db.query("SELECT importance FROM skills WHERE kind = 'skill' AND name = 'Reading Comprehension' "
                               "AND code IN (SELECT code FROM occupations WHERE origin = 'onet')"))
    mean = sum(r["importance"] for r in rows) / len(rows)
    rn = next(s for s in store.profile("29-1141.00").skills if s.name == "Reading Comprehension")
    assert rn.lift == pytest.approx(rn.importance - mean, abs=0.011)


@pytest.mark.parametrize("code", ["43-6013.00", "29-1141.00", "47-2111.00"])
def test_every_profile_names_its_sources(store, code):
    datasets = {s.dataset for s in store.profile(code).sources}
    assert {"O*NET 30.1", "BLS OEWS", "BLS Employment Projections"} <= datasets
