"""Cut the extracts the bot ships (knowledge/data/) out of the raw public datasets.

Run ``careerbot knowledge extract --from ../shared/data`` when O*NET or BLS publish new data. Each
output is a gzipped TSV holding only the columns the builder reads; ``manifest.json`` records row
counts and the sha256 of every input and output, so a refresh shows what changed.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import json
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from knowledge import tsv
from knowledge.paths import DATA_DIR

Rows = Iterator[tuple[object, ...]]
NA = {"n/a", "", "—", "-", "–"}

# OEWS datatype columns (see oews datatype table): v01 employment, v03 hourly mean, v04 annual mean,
# v08 hourly median, v11..v15 annual 10/25/50/75/90th percentiles.
OEWS_WAGE_COLUMNS = {
    "employment": "01",
    "hourly_mean": "03",
    "annual_mean": "04",
    "hourly_median": "08",
    "annual_p10": "11",
    "annual_p25": "12",
    "annual_median": "13",
    "annual_p75": "14",
    "annual_p90": "15",
}
TOP_CODED_FOOTNOTE = "5"


def _clean(value: str | None) -> str:
    value = (value or "").strip()
    return "" if value in NA else value


def _hyphenate(oews_code: str) -> str:
    return f"{oews_code[:2]}-{oews_code[2:]}"


class Extractor:
    """Reads the raw datasets under ``src`` and writes the extracts under ``dest``."""

    def __init__(self, src: Path, dest: Path = DATA_DIR) -> None:
        self.src = src
        self.dest = dest
        self.onet = src / "onet"
        self.bls = src / "bls"
        self.nces = src / "education"
        self.counts: dict[str, int] = {}
        self.inputs: set[Path] = set()

    def _onet(self, name: str) -> Iterator[dict[str, str]]:
        path = self.onet / name
        self.inputs.add(path)
        return tsv.read_source(path)

    def _bls(self, name: str) -> Iterator[dict[str, str]]:
        path = self.bls / name
        self.inputs.add(path)
        return tsv.read_source(path, delimiter=",")

    def _write(self, name: str, header: list[str], rows: Rows) -> None:
        self.counts[name] = tsv.write(self.dest / name, header, rows)

    # --- O*NET -------------------------------------------------------------------------------
    def occupations(self) -> Rows:
        for r in self._onet("Occupation Data.txt"):
            yield r["O*NET-SOC Code"], r["Title"], r["Description"]

    def titles(self) -> Rows:
        for r in self._onet("Alternate Titles.txt"):
            yield r["O*NET-SOC Code"], r["Alternate Title"], _clean(r["Short Title"]), "alternate"
        for r in self._onet("Sample of Reported Titles.txt"):
            yield r["O*NET-SOC Code"], r["Reported Job Title"], "", "reported"

    def tasks(self) -> Rows:
        for r in self._onet("Task Statements.txt"):
            yield r["O*NET-SOC Code"], r["Task ID"], r["Task"], _clean(r["Task Type"])

    def skills(self) -> Rows:
        for kind, name in (("skill", "Skills.txt"), ("knowledge", "Knowledge.txt")):
            merged: dict[tuple[str, str], dict[str, str]] = {}
            for r in self._onet(name):
                key = (r["O*NET-SOC Code"], r["Element ID"])
                entry = merged.setdefault(key, {"name": r["Element Name"]})
                entry[r["Scale ID"]] = _clean(r["Data Value"])
                if r["Scale ID"] == "LV":
                    entry["not_relevant"] = _clean(r["Not Relevant"])
            for (code, element), e in merged.items():
                yield code, kind, element, e["name"], e.get("IM", ""), e.get("LV", ""), e.get("not_relevant", "")

    def technology(self) -> Rows:
        for r in self._onet("Technology Skills.txt"):
            yield (r["O*NET-SOC Code"], r["Example"], r["Commodity Title"], r["Hot Technology"],
                   r["In Demand"])

    def related(self) -> Rows:
        for r in self._onet("Related Occupations.txt"):
            yield r["O*NET-SOC Code"], r["Related O*NET-SOC Code"], r["Relatedness Tier"], r["Index"]

    def job_zones(self) -> Rows:
        for r in self._onet("Job Zones.txt"):
            yield r["O*NET-SOC Code"], r["Job Zone"]

    def job_zone_reference(self) -> Rows:
        for r in self._onet("Job Zone Reference.txt"):
            yield r["Job Zone"], r["Name"], r["SVP Range"]

    def education(self) -> Rows:
        for r in self._onet("Education, Training, and Experience.txt"):
            if _clean(r["Data Value"]):
                yield r["O*NET-SOC Code"], r["Scale ID"], r["Category"], r["Data Value"]

    def education_categories(self) -> Rows:
        for r in self._onet("Education, Training, and Experience Categories.txt"):
            yield r["Scale ID"], r["Category"], r["Category Description"]

    def soc_crosswalk(self) -> Rows:
        path = self.onet / "2019_to_SOC_Crosswalk.csv"
        self.inputs.add(path)
        for r in tsv.read_source(path, delimiter=","):
            yield r["O*NET-SOC 2019 Code"], r["2018 SOC Code"], r["2018 SOC Title"]

    # --- BLS ---------------------------------------------------------------------------------
    def nem_crosswalk(self) -> Rows:
        for r in self._bls("ep/nem_onet_soc_crosswalk_2023-09-06.csv"):
            yield r["O*NET-SOC Code"], r["NEM Code"], r["National Employment Matrix Occupational Title"]

    def projections(self) -> Rows:
        for r in self._bls("ep/ep_2024-34_table1.2_occupational_projections.csv"):
            if r["Occupation type"] != "Line item":
                continue
            yield (
                r["2024 National Employment Matrix code"],
                r["2024 National Employment Matrix title"].strip(),
                _clean(r["Employment, 2024"]),
                _clean(r["Employment, 2034"]),
                _clean(r["Employment change, percent, 2024–34"]),
                _clean(r["Occupational openings, 2024–34 annual average"]),
                _clean(r["Typical education needed for entry"]),
                _clean(r["Work experience in a related occupation"]),
                _clean(r["Typical on-the-job training needed to attain competency in the occupation"]),
            )

    ATTAINMENT = (
        "Less than high school diploma",
        "High school diploma or equivalent",
        "Some college, no degree",
        "Associate's degree",
        "Bachelor's degree",
        "Master's degree",
        "Doctoral or professional degree",
    )

    def attainment(self) -> Rows:
        for r in self._bls("ep/ep_2022-32_table5.3_educational_attainment.csv"):
            code = r["2022 National Employment Matrix code"]
            if code == "00-0000":
                continue
            yield (code, *(_clean(r[c]) for c in self.ATTAINMENT), _clean(r["footnote1_not_exact_ACS_match"]))

    def cps_sex_race(self) -> Rows:
        for r in self._bls("cps/cpsaat11_2025.csv"):
            yield (r["occupation"].strip(), _clean(r["total_employed_thousands"]).replace(",", ""),
                   _clean(r["pct_women"]), _clean(r["pct_white"]), _clean(r["pct_black_or_african_american"]),
                   _clean(r["pct_asian"]), _clean(r["pct_hispanic_or_latino"]))

    def cps_age(self) -> Rows:
        for r in self._bls("cps/cpsaat11b_2025.csv"):
            yield r["occupation"].strip(), _clean(r["median_age"])

    def census_soc(self) -> Rows:
        for r in self._bls("soc/census_2018_occupation_codes_to_soc2018.csv"):
            if r["row_type"] == "occupation":
                yield r["census_2018_code"], r["census_2018_title"].strip(), r["soc_2018_code"].strip()

    def soc_groups(self) -> Rows:
        """SOC 2018 major, minor and broad groups: families to browse, and groups a generic word names."""
        for r in self._bls("soc/soc_2018_structure_and_definitions.csv"):
            if r["soc_group"] in ("Major", "Minor", "Broad"):
                yield r["soc_code"], r["soc_title"], r["soc_group"].lower()

    # --- official title lists (BLS direct-match titles, Census coding index) -------------------
    def _titles_list(self, name: str) -> Iterator[dict[str, str]]:
        path = self.src / "titles" / name
        self.inputs.add(path)
        with open(path, encoding="utf-8", newline="") as f:
            yield from csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)

    def direct_match_titles(self) -> Rows:
        for r in self._titles_list("bls_soc2018_direct_match_titles.tsv"):
            yield r["title"].strip(), r["soc_code"]

    def census_index(self) -> Rows:
        """Coding-index lines: a title, its SOC code and level (detailed, broad, aggregate_X), and the
        industry it is restricted to, if any (such a line is a candidate, not a certainty)."""
        for r in self._titles_list("census2022_alphabetical_index_occupations.tsv"):
            if r["soc_code_level"] == "not_in_soc2018_list":
                continue
            yield r["title"].strip(), r["soc_code"], r["soc_code_level"], r["industry_restriction"].strip()

    # --- OEWS (a SQLite database inside a gzip) ------------------------------------------------
    # --- NCES majors (CIP 2020) -------------------------------------------------------------------
    def _nces(self, name: str) -> Iterator[dict[str, str]]:
        path = self.nces / name
        self.inputs.add(path)
        return tsv.read_source(path)

    def majors(self) -> Rows:
        """Six-digit CIP programs (the level the crosswalk links): code, title without its period, definition."""
        for r in self._nces("cip2020_codes.tsv"):
            code = r["cip2020_code"].strip()
            if len(code) == 7 and "Moved to" not in r["action"] and "Deleted" not in r["action"]:
                yield code, r["cip2020_title"].strip().rstrip("."), _clean(r["definition"])

    def major_socs(self) -> Rows:
        """CIP → SOC 2018 links; the crosswalk's NO MATCH rows (99.9999, 99-9999) are left out."""
        for r in self._nces("cip2020_soc2018_crosswalk.tsv"):
            if r["cip2020_code"] != "99.9999" and r["soc2018_code"] != "99-9999":
                yield r["cip2020_code"], r["soc2018_code"]

    def _oews_db(self, tmp: Path) -> sqlite3.Connection:
        packed = self.bls / "oews" / "oews-2025.sqlite.gz"
        self.inputs.add(packed)
        path = tmp / "oews.sqlite"
        with gzip.open(packed, "rb") as f, open(path, "wb") as out:
            shutil.copyfileobj(f, out, 1 << 20)
        return sqlite3.connect(path)

    def oews(self) -> None:
        with tempfile.TemporaryDirectory() as tmp:
            db = self._oews_db(Path(tmp))
            try:
                self._oews_tables(db)
            finally:
                db.close()

    def _oews_tables(self, db: sqlite3.Connection) -> None:
        self._write("bls/oews_areas.tsv.gz", ["area_code", "kind", "state_code", "name"],
                    db.execute("SELECT area_code, areatype_code, state_code, area_name FROM area ORDER BY 1"))
        self._write("bls/oews_industries.tsv.gz", ["industry_code", "name", "level"],
                    db.execute("SELECT industry_code, industry_name, display_level FROM industry ORDER BY 1"))
        self._write("bls/oews_occupations.tsv.gz", ["code", "name", "level"],
                    ((_hyphenate(c), n, lv) for c, n, lv in db.execute(
                        "SELECT occupation_code, occupation_name, display_level FROM occupation ORDER BY 1")))
        cols = ", ".join(f"v{n}, f{n}" for n in OEWS_WAGE_COLUMNS.values())
        # key = OEU + areatype(1) + area(7) + industry(6) + occupation(6)
        cross = db.execute(
            f"SELECT substr(key, 4, 1), substr(key, 5, 7), substr(key, 18, 6), {cols} FROM cell "
            "WHERE substr(key, 12, 6) = '000000' ORDER BY substr(key, 18, 6), substr(key, 5, 7)")
        self._write("bls/oews_wages.tsv.gz", ["code", "area_code", "kind", *OEWS_WAGE_COLUMNS, "top_coded"],
                    self._wage_rows(cross))
        by_industry = db.execute(
            "SELECT substr(key, 18, 6), substr(key, 12, 6), v01, v04 FROM cell "
            "WHERE substr(key, 4, 1) = 'N' AND substr(key, 12, 6) != '000000' ORDER BY substr(key, 18, 6), 2")
        self._write("bls/oews_industry_wages.tsv.gz", ["code", "industry_code", "employment", "annual_mean"],
                    ((_hyphenate(o), i, _clean(e), _clean(a)) for o, i, e, a in by_industry if _clean(a)))

    @staticmethod
    def _wage_rows(cursor: sqlite3.Cursor) -> Rows:
        names = list(OEWS_WAGE_COLUMNS)
        for kind, area, occ, *vals in cursor:
            values = vals[0::2]
            notes = vals[1::2]
            top = [n for n, note in zip(names, notes, strict=True) if note == TOP_CODED_FOOTNOTE]
            yield (_hyphenate(occ), area, kind, *(_clean(v) for v in values), " ".join(top))

    def seeds(self, seeds_dir: Path) -> None:
        out = self.dest / "seeds"
        out.mkdir(parents=True, exist_ok=True)
        for page in sorted(seeds_dir.glob("*.txt")):
            self.inputs.add(page)
            shutil.copyfile(page, out / page.name)
            self.counts[f"seeds/{page.name}"] = 1

    # --- driver -------------------------------------------------------------------------------
    def run(self, seeds_dir: Path | None = None, progress: Callable[[str], None] = lambda _: None) -> dict:
        plan: list[tuple[str, list[str], Callable[[], Rows]]] = [
            ("onet/occupations.tsv.gz", ["code", "title", "description"], self.occupations),
            ("onet/titles.tsv.gz", ["code", "title", "short_title", "kind"], self.titles),
            ("onet/tasks.tsv.gz", ["code", "task_id", "task", "type"], self.tasks),
            ("onet/skills.tsv.gz", ["code", "kind", "element_id", "name", "importance", "level", "not_relevant"],
             self.skills),
            ("onet/technology.tsv.gz", ["code", "example", "commodity", "hot", "in_demand"], self.technology),
            ("onet/related.tsv.gz", ["code", "related_code", "tier", "rank"], self.related),
            ("onet/job_zones.tsv.gz", ["code", "job_zone"], self.job_zones),
            ("onet/job_zone_reference.tsv.gz", ["job_zone", "name", "svp_range"], self.job_zone_reference),
            ("onet/education.tsv.gz", ["code", "scale", "category", "pct"], self.education),
            ("onet/education_categories.tsv.gz", ["scale", "category", "label"], self.education_categories),
            ("onet/soc_crosswalk.tsv.gz", ["code", "soc_code", "soc_title"], self.soc_crosswalk),
            ("bls/nem_crosswalk.tsv.gz", ["code", "nem_code", "nem_title"], self.nem_crosswalk),
            ("bls/projections.tsv.gz", ["nem_code", "title", "employment_2024", "employment_2034", "growth_pct",
                                        "openings", "entry_education", "related_experience", "training"],
             self.projections),
            ("bls/attainment.tsv.gz", ["nem_code", *self.ATTAINMENT, "not_exact"], self.attainment),
            ("bls/cps_sex_race.tsv.gz", ["title", "employed_thousands", "pct_women", "pct_white", "pct_black",
                                         "pct_asian", "pct_hispanic"], self.cps_sex_race),
            ("bls/cps_age.tsv.gz", ["title", "median_age"], self.cps_age),
            ("bls/census_soc.tsv.gz", ["census_code", "title", "soc_code"], self.census_soc),
            ("bls/soc_groups.tsv.gz", ["soc_code", "title", "level"], self.soc_groups),
            ("titles/direct_match.tsv.gz", ["title", "soc_code"], self.direct_match_titles),
            ("titles/census_index.tsv.gz", ["title", "soc_code", "level", "industry"], self.census_index),
        ]
        if self.nces.is_dir():
            plan += [("education/majors.tsv.gz", ["cip", "title", "definition"], self.majors),
                     ("education/major_socs.tsv.gz", ["cip", "soc_code"], self.major_socs)]
        for name, header, rows in plan:
            progress(name)
            self._write(name, header, rows())
        progress("bls/oews_*.tsv.gz")
        self.oews()
        if seeds_dir is not None:
            progress("seeds/")
            self.seeds(seeds_dir)
        return self._manifest()

    def _manifest(self) -> dict:
        manifest = {
            "outputs": {n: {"rows": c, "sha256": _sha256(self.dest / n)} for n, c in sorted(self.counts.items())},
            "inputs": {str(p.relative_to(self.src.parent) if p.is_relative_to(self.src.parent) else p.name):
                       _sha256(p) for p in sorted(self.inputs)},
        }
        (self.dest / "manifest.json").write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n")
        return manifest


def _sha256(path: Path) -> str:
    with open(path, "rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()
