"""A tiny raw dataset laid out like ../shared/data — two occupations (registered nurses, welders) in every
O*NET, BLS and title-list file the extractor reads, with the raw files' quirks (CRLF, n/a, commas in titles, EP
summary rows, OEWS footnotes) — for testing the extractor and building a small store without the real data."""

from __future__ import annotations

import csv
import gzip
import shutil
import sqlite3
from pathlib import Path

from knowledge.build import build
from knowledge.extract import Extractor
from knowledge.paths import DATA_DIR

ONET = {
    "Occupation Data.txt": ["O*NET-SOC Code", "Title", "Description"],
    "Alternate Titles.txt": ["O*NET-SOC Code", "Alternate Title", "Short Title", "Source(s)"],
    "Sample of Reported Titles.txt": ["O*NET-SOC Code", "Reported Job Title", "Shown in My Next Move"],
    "Task Statements.txt": ["O*NET-SOC Code", "Task ID", "Task", "Task Type", "Incumbents Responding", "Date",
                            "Domain Source"],
    "Skills.txt": ["O*NET-SOC Code", "Element ID", "Element Name", "Scale ID", "Data Value", "N", "Standard Error",
                   "Lower CI Bound", "Upper CI Bound", "Recommend Suppress", "Not Relevant", "Date", "Domain Source"],
    "Technology Skills.txt": ["O*NET-SOC Code", "Example", "Commodity Code", "Commodity Title", "Hot Technology",
                              "In Demand"],
    "Related Occupations.txt": ["O*NET-SOC Code", "Related O*NET-SOC Code", "Relatedness Tier", "Index"],
    "Job Zones.txt": ["O*NET-SOC Code", "Job Zone", "Date", "Domain Source"],
    "Job Zone Reference.txt": ["Job Zone", "Name", "Experience", "Education", "Job Training", "Examples",
                               "SVP Range"],
    "Education, Training, and Experience.txt": ["O*NET-SOC Code", "Element ID", "Element Name", "Scale ID",
                                                "Category", "Data Value", "N", "Standard Error", "Lower CI Bound",
                                                "Upper CI Bound", "Recommend Suppress", "Date", "Domain Source"],
    "Education, Training, and Experience Categories.txt": ["Element ID", "Element Name", "Scale ID", "Category",
                                                           "Category Description"],
}
ONET["Knowledge.txt"] = ONET["Skills.txt"]
RN, WELDER = "29-1141.00", "51-4121.00"


def _onet(folder: Path, name: str, rows: list[dict]) -> None:
    header = ONET[name]
    lines = ["\t".join(header)] + ["\t".join(str(r.get(h, "")) for h in header) for r in rows]
    (folder / name).write_bytes(("\r\n".join(lines) + "\r\n").encode())  # O*NET's CRLF


def _csv(path: Path, header: list[str], rows: list[dict], delimiter: str = ",") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, header, delimiter=delimiter, restval="")
        w.writeheader()
        w.writerows(rows)


def _oews(path: Path) -> None:
    db = sqlite3.connect(":memory:")
    db.executescript("""
        CREATE TABLE area (area_code TEXT PRIMARY KEY, areatype_code TEXT, state_code TEXT, area_name TEXT);
        CREATE TABLE industry (industry_code TEXT PRIMARY KEY, industry_name TEXT, display_level INTEGER);
        CREATE TABLE occupation (occupation_code TEXT PRIMARY KEY, occupation_name TEXT, display_level INTEGER);
    """)
    db.execute("CREATE TABLE cell (key TEXT PRIMARY KEY, " + ", ".join(f"v{i:02} TEXT" for i in range(1, 18)) + ", "
               + ", ".join(f"f{i:02} TEXT" for i in range(1, 18)) + ")")
    db.executemany("INSERT INTO area VALUES (?, ?, ?, ?)", [("0000000", "N", "00", "U.S."),
                                                           ("4800000", "S", "48", "Texas")])
    db.executemany("INSERT INTO industry VALUES (?, ?, ?)", [("000000", "Cross-industry", 0),
                                                            ("622000", "Hospitals", 3)])
    db.executemany("INSERT INTO occupation VALUES (?, ?, ?)", [("291141", "Registered Nurses", 3),
                                                              ("514121", "Welders", 3)])

    def cell(kind, area, industry, occ, values, notes=None):
        v = [""] * 17
        f = [""] * 17
        for i, value in values.items():
            v[i - 1] = value
        for i, note in (notes or {}).items():
            f[i - 1] = note
        db.execute("INSERT INTO cell VALUES (" + ", ".join("?" * 35) + ")", [f"OEU{kind}{area}{industry}{occ}", *v, *f])

    cell("N", "0000000", "000000", "291141", {1: "3379720", 3: "48.76", 4: "101420", 13: "93600", 15: "-"},
         {15: "5"})  # a top-coded 90th percentile
    cell("S", "4800000", "000000", "291141", {1: "231000", 4: "96000", 13: "-"}, {13: "8"})  # not released
    cell("N", "0000000", "622000", "291141", {1: "1900000", 4: "104000"})
    cell("N", "0000000", "622000", "514121", {1: "-", 4: "-"})  # no annual mean: not kept
    db.commit()
    disk = path.with_suffix("")  # OEWS ships as a SQLite file inside a gzip
    target = sqlite3.connect(disk)
    db.backup(target)
    target.close()
    with open(disk, "rb") as f, open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0,
                                                                       filename="") as out:
        out.write(f.read())  # no timestamp in the gzip header: the same raw data, byte for byte, every time
    disk.unlink()



def write_raw(root: Path) -> tuple[Path, Path]:
    """Writes the raw dataset under ``root``; returns (the data folder, the seeds folder)."""
    src = root / "data"
    onet = src / "onet"
    onet.mkdir(parents=True)
    _onet(onet, "Occupation Data.txt", [{"O*NET-SOC Code": RN, "Title": "Registered Nurses", "Description": "Care."},
                                        {"O*NET-SOC Code": WELDER, "Title": "Welders, Cutters, Solderers, and Brazers",
                                         "Description": "Weld."}])
    _onet(onet, "Alternate Titles.txt", [{"O*NET-SOC Code": RN, "Alternate Title": "Nurse, Registered (RN)",
                                          "Short Title": "RN"},
                                         {"O*NET-SOC Code": WELDER, "Alternate Title": "Welder", "Short Title": "n/a"}])
    _onet(onet, "Sample of Reported Titles.txt", [{"O*NET-SOC Code": RN, "Reported Job Title": "Staff Nurse"}])
    _onet(onet, "Task Statements.txt", [{"O*NET-SOC Code": RN, "Task ID": "1", "Task": "Monitor patients.",
                                         "Task Type": "Core"},
                                        {"O*NET-SOC Code": RN, "Task ID": "2", "Task": "Teach.", "Task Type": "n/a"}])
    skill = {"O*NET-SOC Code": RN, "Element ID": "2.A.1.a", "Element Name": "Reading Comprehension"}
    _onet(onet, "Skills.txt", [{**skill, "Scale ID": "IM", "Data Value": "3.88"},
                               {**skill, "Scale ID": "LV", "Data Value": "4.25", "Not Relevant": "N"}])
    know = {"O*NET-SOC Code": WELDER, "Element ID": "2.C.1.a", "Element Name": "Administration"}
    _onet(onet, "Knowledge.txt", [{**know, "Scale ID": "IM", "Data Value": "1.2"},
                                  {**know, "Scale ID": "LV", "Data Value": "0.5", "Not Relevant": "Y"}])
    _onet(onet, "Technology Skills.txt", [{"O*NET-SOC Code": RN, "Example": "Epic Systems",
                                           "Commodity Title": "Medical software", "Hot Technology": "Y",
                                           "In Demand": "N"}])
    _onet(onet, "Related Occupations.txt", [{"O*NET-SOC Code": RN, "Related O*NET-SOC Code": WELDER,
                                             "Relatedness Tier": "Supplemental", "Index": "12"}])
    _onet(onet, "Job Zones.txt", [{"O*NET-SOC Code": RN, "Job Zone": "4"}])
    _onet(onet, "Job Zone Reference.txt", [{"Job Zone": "4", "Name": "Considerable", "SVP Range": "(7.0 < 8.0)"}])
    edu = {"O*NET-SOC Code": RN, "Element ID": "2.D.1", "Element Name": "Required Level of Education",
           "Scale ID": "RL"}
    _onet(onet, "Education, Training, and Experience.txt", [{**edu, "Category": "6", "Data Value": "53.3"},
                                                            {**edu, "Category": "7", "Data Value": "n/a"}])
    _onet(onet, "Education, Training, and Experience Categories.txt", [
        {"Element ID": "2.D.1", "Scale ID": "RL", "Category": "6", "Category Description": "Bachelor's Degree"}])
    _csv(onet / "2019_to_SOC_Crosswalk.csv", ["O*NET-SOC 2019 Code", "O*NET-SOC 2019 Title", "2018 SOC Code",
                                              "2018 SOC Title"],
         [{"O*NET-SOC 2019 Code": RN, "2018 SOC Code": "29-1141", "2018 SOC Title": "Registered Nurses"}])
    bls = src / "bls"
    nem = ["Sort Order", "O*NET-SOC Code", "O*NET-SOC Title", "NEM Code",
           "National Employment Matrix Occupational Title"]
    _csv(bls / "ep/nem_onet_soc_crosswalk_2023-09-06.csv", nem,
         [{"O*NET-SOC Code": RN, "NEM Code": "29-1141", "National Employment Matrix Occupational Title": "RNs"}])
    ep = ["2024 National Employment Matrix title", "2024 National Employment Matrix code", "Occupation type",
          "Employment, 2024", "Employment, 2034", "Employment change, percent, 2024–34",
          "Occupational openings, 2024–34 annual average", "Typical education needed for entry",
          "Work experience in a related occupation",
          "Typical on-the-job training needed to attain competency in the occupation"]
    _csv(bls / "ep/ep_2024-34_table1.2_occupational_projections.csv", ep, [
        {ep[0]: " Registered nurses ", ep[1]: "29-1141", ep[2]: "Line item", ep[3]: "3391.2", ep[4]: "3557.7",
         ep[5]: "4.9", ep[6]: "189.1", ep[7]: "Bachelor's degree", ep[8]: "None", ep[9]: "None"},
        {ep[0]: "Healthcare practitioners", ep[1]: "29-0000", ep[2]: "Summary", ep[3]: "9999"}])
    att = ["2022 National Employment Matrix title", "2022 National Employment Matrix code", *Extractor.ATTAINMENT,
           "footnote1_not_exact_ACS_match"]
    _csv(bls / "ep/ep_2022-32_table5.3_educational_attainment.csv", att, [
        {att[1]: "00-0000", att[2]: "9"}, {att[1]: "29-1141", att[2]: "0.5", att[6]: "53.3", att[9]: "—"}])
    _csv(bls / "cps/cpsaat11_2025.csv", ["indent_level", "occupation", "total_employed_thousands", "pct_women",
                                         "pct_white", "pct_black_or_african_american", "pct_asian",
                                         "pct_hispanic_or_latino"],
         [{"occupation": " Registered nurses", "total_employed_thousands": "3,400", "pct_women": "87.9",
           "pct_asian": "–"}])
    _csv(bls / "cps/cpsaat11b_2025.csv", ["indent_level", "occupation", "median_age"],
         [{"occupation": "Registered nurses", "median_age": "42.3"}])
    _csv(bls / "soc/census_2018_occupation_codes_to_soc2018.csv", ["row_type", "census_2018_title",
                                                                   "census_2018_code", "soc_2018_code"],
         [{"row_type": "group", "census_2018_title": "Healthcare"},
          {"row_type": "occupation", "census_2018_title": "Registered nurses ", "census_2018_code": "3255",
           "soc_2018_code": "29-1141"}])
    _csv(bls / "soc/soc_2018_structure_and_definitions.csv", ["soc_group", "soc_code", "soc_title", "soc_definition"],
         [{"soc_group": "Major", "soc_code": "29-0000", "soc_title": "Healthcare Practitioners"},
          {"soc_group": "Detailed", "soc_code": "29-1141", "soc_title": "Registered Nurses"}])
    (bls / "oews").mkdir()
    _oews(bls / "oews" / "oews-2025.sqlite.gz")
    titles = src / "titles"
    _csv(titles / "bls_soc2018_direct_match_titles.tsv", ["title", "soc_code"],
         [{"title": " Staff Nurse, Registered ", "soc_code": "29-1141"}], delimiter="\t")
    _csv(titles / "census2022_alphabetical_index_occupations.tsv", ["title", "soc_code", "soc_code_level",
                                                                      "industry_restriction"],
         [{"title": "Nurse, registered", "soc_code": "29-1141", "soc_code_level": "detailed"},
          {"title": "Nurse, head", "soc_code": "29-1141", "soc_code_level": "detailed",
           "industry_restriction": "Hospitals "},
          {"title": "Astronaut", "soc_code": "", "soc_code_level": "not_in_soc2018_list"}], delimiter="\t")
    seeds = src.parent / "seeds"
    seeds.mkdir()
    (seeds / "page.txt").write_text("A comparison page\n", encoding="utf-8")
    return src, seeds


def extract_tiny(root: Path, seeds: Path | None = None) -> Path:
    """The raw dataset above written under ``root`` and extracted, with a copy of the shipped lexicon beside
    the extracts (its other codes simply resolve to nothing here): the ``data`` folder ``build`` reads. Comparison
    pages from ``seeds`` (e.g. the shipped ones) are copied to its seeds/ and checksummed, as a real extract does."""
    src, _ = write_raw(root)
    extracts = root / "extracts"
    Extractor(src, extracts).run(seeds)
    shutil.copytree(DATA_DIR / "lexicon", extracts / "lexicon")
    return extracts


def build_tiny_store(root: Path) -> Path:
    """The raw dataset above, extracted and built into a store of two occupations (a few ms): for core tests
    that need a store but not the real one. The lexicon is the shipped one (its other codes simply resolve to
    nothing here)."""
    extracts = extract_tiny(root)
    (root / "no-seeds").mkdir()
    path = root / "tiny.sqlite"
    build(path, data=extracts, seeds=root / "no-seeds")
    return path
