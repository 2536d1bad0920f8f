"""BLS Employment Projections 2024–34 (Table 1.2) and educational attainment (Table 5.3)."""

from __future__ import annotations

from pathlib import Path

from knowledge import datasets, tsv

DATASET = datasets.PROJECTIONS.name
YEAR = datasets.PROJECTIONS.year
ATTAINMENT_DATASET = datasets.ATTAINMENT.name
ATTAINMENT_YEAR = datasets.ATTAINMENT.year


def _thousands(value: str) -> int | None:
    return round(float(value) * 1000) if value else None


class Projections:
    def __init__(self, data: Path) -> None:
        d = data / "bls"
        self.crosswalk = {r["code"]: r["nem_code"] for r in tsv.read(d / "nem_crosswalk.tsv.gz")}
        self.rows = {r["nem_code"]: r for r in tsv.read(d / "projections.tsv.gz")}
        self.attainment_rows = {r["nem_code"]: r for r in tsv.read(d / "attainment.tsv.gz")}
        self.attainment_columns = [c for c in next(iter(self.attainment_rows.values()))
                                   if c not in ("nem_code", "not_exact")]

    def outlook(self, nem_code: str) -> dict[str, object] | None:
        r = self.rows.get(nem_code)
        if r is None:
            return None
        return {
            "growth_pct": float(r["growth_pct"]) if r["growth_pct"] else None,
            "employment_2024": _thousands(r["employment_2024"]),
            "employment_2034": _thousands(r["employment_2034"]),
            "openings": _thousands(r["openings"]),
            "entry_education": r["entry_education"] or None,
            "related_experience": r["related_experience"] or None,
            "training": r["training"] or None,
        }

    def attainment(self, nem_code: str) -> list[tuple[str, float]]:
        r = self.attainment_rows.get(nem_code)
        if r is None:
            return []
        return [(c, float(r[c])) for c in self.attainment_columns if r[c]]
