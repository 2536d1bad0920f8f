"""CPS 2025 tables 11 and 11b (sex, race, Hispanic ethnicity, median age), joined to SOC via Census codes."""

from __future__ import annotations

import re
from pathlib import Path

from knowledge import datasets, tsv
from knowledge.keys import title_key

DATASET = datasets.CPS.name
YEAR = datasets.CPS.year
RACE_COLUMNS = {"pct_white": "White", "pct_black": "Black or African American", "pct_asian": "Asian",
                "pct_hispanic": "Hispanic or Latino"}



class Cps:
    def __init__(self, data: Path) -> None:
        d = data / "bls"
        self.census = list(tsv.read(d / "census_soc.tsv.gz"))
        self.sex_race = {title_key(r["title"]): r for r in tsv.read(d / "cps_sex_race.tsv.gz")}
        self.age = {title_key(r["title"]): r["median_age"] for r in tsv.read(d / "cps_age.tsv.gz")}

    def census_row(self, soc_code: str | None, nem_code: str | None) -> dict[str, str] | None:
        """The Census occupation covering a SOC code: exact code, then BLS aggregate, then wildcard (15-124X)."""
        for code in (soc_code, nem_code):
            if code:
                for r in self.census:
                    if r["soc_code"] == code:
                        return r
        if soc_code:
            for r in self.census:
                pattern = r["soc_code"]
                if "X" in pattern and re.fullmatch(pattern.replace("X", r"\d"), soc_code):
                    return r
        return None

    def demographics(self, soc_code: str | None, nem_code: str | None) -> dict[str, object] | None:
        census = self.census_row(soc_code, nem_code)
        if census is None:
            return None
        key = title_key(census["title"])
        row = self.sex_race.get(key)
        age = self.age.get(key)
        if row is None or (not row["pct_women"] and not age):
            return None
        women = float(row["pct_women"]) if row["pct_women"] else None
        return {
            "census_title": census["title"],
            "pct_women": women,
            "pct_men": round(100 - women, 1) if women is not None else None,
            "median_age": float(age) if age else None,
            "race": [(label, float(row[col])) for col, label in RACE_COLUMNS.items() if row[col]],
        }
