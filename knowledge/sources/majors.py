"""College majors: NCES CIP 2020 programs and their CIP → SOC 2018 links (public domain), joined to O*NET
occupations through O*NET's own SOC crosswalk."""

from __future__ import annotations

from pathlib import Path

from knowledge import datasets, tsv

DATASET = datasets.CIP.name
YEAR = datasets.CIP.year


class Majors:
    def __init__(self, data: Path) -> None:
        d = data / "education"
        self.present = (d / "majors.tsv.gz").exists()
        self.programs = list(tsv.read(d / "majors.tsv.gz")) if self.present else []
        self.links = list(tsv.read(d / "major_socs.tsv.gz")) if self.present else []

    def rows(self) -> list[dict[str, str]]:
        """Programs that lead somewhere (at least one SOC link), with title and definition."""
        linked = {r["cip"] for r in self.links}
        return [{"cip": p["cip"], "title": p["title"], "definition": p["definition"]}
                for p in self.programs if p["cip"] in linked]

    def occupation_rows(self, onet_by_soc: dict[str, list[str]]) -> list[dict[str, str]]:
        """(cip, O*NET code) for every link whose SOC code O*NET details (29-1141 → 29-1141.00, .01…)."""
        out = []
        for r in self.links:
            for code in onet_by_soc.get(r["soc_code"], []):
                out.append({"cip": r["cip"], "code": code})
        return out
