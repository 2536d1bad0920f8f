"""The one registry of datasets: name, release, year, licence and what each provides.

Footers name ``name, year``; /about lists every ``citation`` with what it ``covers``; the README's data table
is checked against this registry (tests/knowledge/test_datasets.py). The readers in ``knowledge/sources/``
and the builder stamp each stored figure with its dataset's ``name`` and ``year``.
"""

from __future__ import annotations

from dataclasses import dataclass

PUBLIC_DOMAIN = "public domain (U.S. government work)"


@dataclass(frozen=True)
class Dataset:
    name: str
    """As footers and stored figures name it."""
    year: str
    citation: str
    """The full name and release, as /about and the README give it."""
    covers: str
    licence: str


ONET = Dataset("O*NET 30.1", "2025", "O*NET 30.1 Database (December 2025)",
               "Job descriptions, titles, skills, knowledge, technology, tasks, education and related jobs",
               "CC BY 4.0")
OEWS = Dataset("BLS OEWS", "May 2025", "U.S. Bureau of Labor Statistics, Occupational Employment and Wage "
               "Statistics (OEWS), May 2025",
               "Wages, number of jobs, best-paying states, cities and industries", PUBLIC_DOMAIN)
PROJECTIONS = Dataset("BLS Employment Projections", "2024–34", "BLS Employment Projections 2024–34",
                      "Growth, openings and entry requirements", PUBLIC_DOMAIN)
ATTAINMENT = Dataset("BLS EP Table 5.3 (ACS 2019 and 2021)", "2022–32 release", "BLS EP Table 5.3 (ACS 2019/2021)",
                     "workers' degrees", PUBLIC_DOMAIN)
CPS = Dataset("BLS CPS", "2025", "BLS Current Population Survey, 2025 annual averages",
              "Gender, race, ethnicity and median age", PUBLIC_DOMAIN)
TITLES = Dataset("BLS and Census title lists", "2018 and 2022", "the BLS SOC 2018 Direct Match Title File and "
                 "the Census Bureau's 2022 Alphabetical Index of Occupations", "Job titles", PUBLIC_DOMAIN)
CIP = Dataset("NCES CIP 2020", "2020", "NCES Classification of Instructional Programs 2020 and its CIP 2020 to "
              "SOC 2018 crosswalk", "College majors and the occupations they lead to", PUBLIC_DOMAIN)
MODEL = Dataset("all-MiniLM-L6-v2", "2021", "all-MiniLM-L6-v2 sentence model (sentence-transformers; int8 ONNX)",
                "Matching what you mean, not only your words", "Apache-2.0")
PAGES = Dataset("Career comparison page", "undated", "the career comparison pages they come from",
                "Three profiles (medical office administrator, patient coordinator, patient care specialist)",
                "quoted for the seed comparison")

DATASETS = (ONET, OEWS, PROJECTIONS, ATTAINMENT, CPS, TITLES, CIP, MODEL, PAGES)


def footer_label(dataset: Dataset) -> str:
    return f"{dataset.name}, {dataset.year}"


def markdown_table() -> str:
    """The README's table of sources (tests/knowledge/test_datasets.py checks the README holds it as is)."""
    lines = ["| figures | source | year | licence |", "| --- | --- | --- | --- |"]
    lines += [f"| {d.covers} | {d.citation} | {d.year} | {d.licence} |" for d in DATASETS]
    return "\n".join(lines)
