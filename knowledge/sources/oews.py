"""BLS OEWS May 2025 extracts → national, state and metro wages, and the best-paying places."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from knowledge import datasets, tsv
from knowledge.states import STATE_NAMES, TERRITORIES

DATASET = datasets.OEWS.name
YEAR = datasets.OEWS.year
NATIONAL = "0000000"
INT_FIELDS = ("employment", "annual_mean", "annual_p10", "annual_p25", "annual_median", "annual_p75",
              "annual_p90")
FLOAT_FIELDS = ("hourly_mean", "hourly_median")


def _num(row: dict[str, str]) -> dict[str, object]:
    out: dict[str, object] = {k: (int(float(row[k])) if row[k] else None) for k in INT_FIELDS}
    out.update({k: (float(row[k]) if row[k] else None) for k in FLOAT_FIELDS})
    out["top_coded"] = row["top_coded"]
    return out


class Oews:
    def __init__(self, data: Path) -> None:
        d = data / "bls"
        self.areas = list(tsv.read(d / "oews_areas.tsv.gz"))
        self.area_name = {a["area_code"]: a["name"] for a in self.areas}
        self.industries = {r["industry_code"]: r for r in tsv.read(d / "oews_industries.tsv.gz")}
        self.wages: dict[str, list[dict[str, object]]] = defaultdict(list)
        for r in tsv.read(d / "oews_wages.tsv.gz"):
            self.wages[r["code"]].append({"wage_code": r["code"], "area_code": r["area_code"],
                                          "kind": r["kind"], **_num(r)})
        self.by_industry: dict[str, list[dict[str, str]]] = defaultdict(list)
        for r in tsv.read(d / "oews_industry_wages.tsv.gz"):
            self.by_industry[r["code"]].append(r)

    def area_rows(self) -> list[dict[str, object]]:
        abbr = {name: code for name, code in STATE_NAMES.items()}
        jobs = {r["area_code"]: r.get("employment") for r in self.wages.get("00-0000", [])}
        return [{"area_code": a["area_code"], "kind": a["kind"], "name": a["name"],
                 "state_abbr": abbr.get(a["name"]) if a["kind"] == "S" else None,
                 "employment": jobs.get(a["area_code"])} for a in self.areas]

    def industry_rows(self) -> list[dict[str, object]]:
        return [{"industry_code": c, "name": r["name"], "level": int(r["level"])}
                for c, r in sorted(self.industries.items())]

    def industry_wage_rows(self) -> list[dict[str, object]]:
        return [{"wage_code": c, "industry_code": r["industry_code"],
                 "employment": int(r["employment"]) if r["employment"] else None,
                 "annual_mean": int(float(r["annual_mean"]))}
                for c, rows in sorted(self.by_industry.items()) for r in rows]

    def national(self, wage_code: str) -> dict[str, object] | None:
        return next((r for r in self.wages.get(wage_code, []) if r["area_code"] == NATIONAL), None)

    def top_area(self, wage_code: str, kind: str) -> tuple[str, int] | None:
        """The state (S, territories excluded) or metro area (M) with the highest annual mean."""
        rows = [r for r in self.wages.get(wage_code, []) if r["kind"] == kind and r["annual_mean"] is not None
                and not (kind == "S" and self.area_name[r["area_code"]] in TERRITORIES)]
        if not rows:
            return None
        best = max(rows, key=lambda r: (r["annual_mean"], -int(r["area_code"])))
        return self.area_name[best["area_code"]], best["annual_mean"]

    def best_industry(self, wage_code: str) -> tuple[str, int] | None:
        """Highest annual mean across industries; a tie goes to the broader (named) industry."""
        rows = self.by_industry.get(wage_code)
        if not rows:
            return None
        best = max(rows, key=lambda r: (float(r["annual_mean"]), -int(self.industries[r["industry_code"]]["level"]),
                                        r["industry_code"]))
        return self.industries[best["industry_code"]]["name"], int(float(best["annual_mean"]))
