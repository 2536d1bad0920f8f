"""knowledge/extract.py on a tiny synthetic raw dataset laid out like ../shared/data (O*NET tab-separated with
CRLF and n/a, BLS CSVs, the OEWS SQLite inside a gzip): what each extract keeps, drops and rewrites."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from knowledge import tsv
from knowledge.extract import Extractor
from testkit.synthetic import write_raw


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> tuple[Path, dict]:
    src, seeds = write_raw(tmp_path_factory.mktemp("raw"))
    dest = src.parent / "extracts"
    manifest = Extractor(src, dest).run(seeds)
    return dest, manifest


def rows(dest: Path, name: str) -> list[dict]:
    return list(tsv.read(dest / name))


def test_onet_text_is_read_through_crlf_and_n_a(extracted):
    dest, _ = extracted
    assert [r["title"] for r in rows(dest, "onet/occupations.tsv.gz")] == [
        "Registered Nurses", "Welders, Cutters, Solderers, and Brazers"]  # a title with commas stays whole
    titles = rows(dest, "onet/titles.tsv.gz")
    assert {(r["title"], r["short_title"], r["kind"]) for r in titles} == {
        ("Nurse, Registered (RN)", "RN", "alternate"), ("Welder", "", "alternate"), ("Staff Nurse", "", "reported")}
    assert [r["type"] for r in rows(dest, "onet/tasks.tsv.gz")] == ["Core", ""]  # n/a → empty
    assert [r["pct"] for r in rows(dest, "onet/education.tsv.gz")] == ["53.3"]  # an n/a value is no row


def test_skills_merge_importance_and_level_and_keep_not_relevant(extracted):
    dest, _ = extracted
    got = {r["name"]: (r["kind"], r["importance"], r["level"], r["not_relevant"])
           for r in rows(dest, "onet/skills.tsv.gz")}
    assert got == {"Reading Comprehension": ("skill", "3.88", "4.25", "N"),
                   "Administration": ("knowledge", "1.2", "0.5", "Y")}


def test_projections_keep_line_items_and_trim_titles(extracted):
    dest, _ = extracted
    (rn,) = rows(dest, "bls/projections.tsv.gz")
    assert rn["title"] == "Registered nurses" and rn["growth_pct"] == "4.9" and rn["training"] == "None"
    (att,) = rows(dest, "bls/attainment.tsv.gz")  # the all-occupations line is dropped
    assert att["nem_code"] == "29-1141" and att["Bachelor's degree"] == "53.3" and att["not_exact"] == ""


def test_cps_and_census_rows(extracted):
    dest, _ = extracted
    (cps,) = rows(dest, "bls/cps_sex_race.tsv.gz")
    assert cps["title"] == "Registered nurses" and cps["employed_thousands"] == "3400" and cps["pct_asian"] == ""
    assert rows(dest, "bls/census_soc.tsv.gz") == [{"census_code": "3255", "title": "Registered nurses",
                                                    "soc_code": "29-1141"}]
    assert rows(dest, "bls/soc_groups.tsv.gz") == [{"soc_code": "29-0000", "title": "Healthcare Practitioners",
                                                    "level": "major"}]


def test_title_lists_drop_lines_outside_soc_and_keep_restrictions(extracted):
    dest, _ = extracted
    assert rows(dest, "titles/direct_match.tsv.gz") == [{"title": "Staff Nurse, Registered", "soc_code": "29-1141"}]
    census = rows(dest, "titles/census_index.tsv.gz")
    assert [(r["title"], r["industry"]) for r in census] == [("Nurse, registered", ""), ("Nurse, head", "Hospitals")]


def test_oews_codes_hyphenated_unpublished_empty_and_top_codes_flagged(extracted):
    dest, _ = extracted
    wages = {(r["code"], r["area_code"]): r for r in rows(dest, "bls/oews_wages.tsv.gz")}
    nation = wages[("29-1141", "0000000")]
    assert nation["annual_mean"] == "101420" and nation["annual_p90"] == "" and nation["top_coded"] == "annual_p90"
    texas = wages[("29-1141", "4800000")]
    assert texas["kind"] == "S" and texas["annual_median"] == "" and texas["top_coded"] == ""  # not released
    industry = rows(dest, "bls/oews_industry_wages.tsv.gz")
    assert industry == [{"code": "29-1141", "industry_code": "622000", "employment": "1900000",
                         "annual_mean": "104000"}]


def test_manifest_counts_rows_and_checksums_every_file(extracted):
    dest, manifest = extracted
    for name, info in manifest["outputs"].items():
        path = dest / name
        assert info["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
        if name.endswith(".tsv.gz"):
            assert info["rows"] == len(rows(dest, name))
    assert manifest["outputs"]["seeds/page.txt"]["rows"] == 1
    assert any(k.endswith("oews-2025.sqlite.gz") for k in manifest["inputs"])
    assert json.loads(json.dumps(manifest)) == manifest
