"""The store's tables: columns, keys and indexes, and the schema version readers check."""

from __future__ import annotations

import sqlite_utils

SCHEMA_VERSION = 6
SEARCH_COLUMNS = ("title", "titles", "description", "tasks", "tools", "knowledge")

_WAGES = {"employment": int, "hourly_mean": float, "annual_mean": int, "hourly_median": float,
          "annual_p10": int, "annual_p25": int, "annual_median": int, "annual_p75": int, "annual_p90": int,
          "top_coded": str}
_SOURCE = {"source": str, "year": str}

TABLES: dict[str, dict[str, type]] = {
    "families": {"code": str, "title": str},
    "occupations": {"code": str, "title": str, "origin": str, "soc_code": str, "wage_code": str,
                    "onet_code": str, "description": str, "family_code": str, "job_zone": int,
                    "browse_label": str, "pages": str},
    "titles": {"code": str, "title": str, "kind": str},
    "salary": {"code": str, **_SOURCE, **_WAGES, "range_low": int, "range_high": int,
               "top_state_name": str, "top_state_wage": int, "top_metro_name": str, "top_metro_wage": int,
               "best_industry_name": str, "best_industry_wage": int, "best_company": str},
    "outlook": {"code": str, **_SOURCE, "growth_pct": float, "employment_2024": int, "employment_2034": int,
                "openings": int, "entry_education": str, "related_experience": str, "training": str},
    "education": {"code": str, **_SOURCE, "most_common_label": str, "most_common_pct": float, "major": str,
                  "college": str, "experience": str, "experience_years": float, "time_to_become": str},
    "education_shares": {"code": str, "kind": str, "rank": int, "label": str, "pct": float},
    "demographics": {"code": str, **_SOURCE, "pct_women": float, "pct_men": float, "median_age": float,
                     "average_age": float, "lgbt_pct": float, "census_title": str},
    "race_shares": {"code": str, "kind": str, "rank": int, "label": str, "pct": float},
    "skills": {"code": str, "rank": int, "kind": str, "name": str, "importance": float, "level": float,
               "share": float, "hot": bool, "lift": float, "grp": str},
    "tasks": {"code": str, "rank": int, "text": str, "core": bool},
    "related": {"code": str, "rank": int, "related_code": str, "tier": str},
    "sources": {"code": str, "rank": int, "dataset": str, "year": str, "covers": str},
    "areas": {"area_code": str, "kind": str, "name": str, "state_abbr": str, "employment": int},
    "industries": {"industry_code": str, "name": str, "level": int},
    "area_wages": {"wage_code": str, "area_code": str, **_WAGES},
    "industry_wages": {"wage_code": str, "industry_code": str, "employment": int, "annual_mean": int},
    "soc_groups": {"code": str, "title": str, "level": str, "employment": int, "annual_mean": int,
                   "annual_median": int, **_SOURCE},
    "generic_words": {"word": str, "groups": str, "lead": str, "kind": str},
    "search_docs": {"code": str, "title": str, "titles": str, "description": str, "tasks": str, "tools": str,
                    "knowledge": str},
    "majors": {"cip": str, "title": str, "definition": str},
    "major_occupations": {"cip": str, "code": str},
    "vectors": {"kind": str, "ref": str, "rank": int, "text": str, "vec": bytes},
    "meta": {"key": str, "value": str},
}

primary_keys: dict[str, str | tuple[str, ...]] = {
    "families": "code", "occupations": "code", "salary": "code", "outlook": "code", "education": "code",
    "demographics": "code", "areas": "area_code", "industries": "industry_code", "meta": "key",
    "soc_groups": "code", "generic_words": "word", "search_docs": "code",
    "area_wages": ("wage_code", "area_code"), "industry_wages": ("wage_code", "industry_code"),
    "skills": ("code", "rank"), "tasks": ("code", "rank"), "related": ("code", "rank"),
    "sources": ("code", "rank"), "education_shares": ("code", "kind", "rank"),
    "race_shares": ("code", "kind", "rank"),
    "majors": "cip", "major_occupations": ("cip", "code"), "vectors": ("kind", "ref", "rank"),
}

_OCC = ("code", "occupations", "code")
foreign_keys: dict[str, list[tuple[str, str, str]]] = {
    "occupations": [("family_code", "families", "code")],
    **{t: [_OCC] for t in ("titles", "salary", "outlook", "education", "education_shares", "demographics",
                            "race_shares", "skills", "tasks", "sources")},
    "related": [_OCC, ("related_code", "occupations", "code")],
    "area_wages": [("area_code", "areas", "area_code")],
    "industry_wages": [("industry_code", "industries", "industry_code")],
    "generic_words": [("lead", "occupations", "code")],
    "search_docs": [_OCC],
    "major_occupations": [("cip", "majors", "cip"), _OCC],
}

CREATION_ORDER = ["families", "occupations", "titles", "salary", "outlook", "education", "education_shares",
                  "demographics", "race_shares", "skills", "tasks", "related", "sources", "areas", "industries",
                  "area_wages", "industry_wages", "soc_groups", "generic_words", "search_docs", "majors",
                  "major_occupations", "vectors", "meta"]


def create_tables(db: sqlite_utils.Database) -> None:
    for name in CREATION_ORDER:
        db.table(name).create(TABLES[name], pk=primary_keys.get(name), foreign_keys=foreign_keys.get(name, []),
                              not_null=set(_key_columns(name)))


def _key_columns(name: str) -> tuple[str, ...]:
    pk = primary_keys.get(name, ())
    return (pk,) if isinstance(pk, str) else pk


def create_indexes(db: sqlite_utils.Database) -> None:
    db.table("titles").create_index(["code"], if_not_exists=True)
    db.table("occupations").create_index(["family_code", "title"], if_not_exists=True)
    db.table("occupations").create_index(["wage_code"], if_not_exists=True)
    db.table("related").create_index(["related_code"], if_not_exists=True)
    db.table("areas").create_index(["kind", "name"], if_not_exists=True)
    db.table("major_occupations").create_index(["code"], if_not_exists=True)
    # Jobs by tool: 11 ms a scan → under 1. Name first: led by kind, it became the plan of each profile's
    # technology query (a scan of every tool row, 1.6 ms → 28 ms a profile).
    db.table("skills").create_index(["name", "kind"], if_not_exists=True)
    # Full-text search over what occupations do (BM25, Porter stems): "someone who fixes teeth" → dentists.
    db.table("search_docs").enable_fts(SEARCH_COLUMNS, tokenize="porter unicode61", replace=True)
