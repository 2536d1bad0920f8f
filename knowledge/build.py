"""Build the SQLite store from the shipped extracts: ``careerbot knowledge build``.

Every O*NET 30.1 occupation gets a profile joined to BLS wages (OEWS), outlook (EP) and demographics
(CPS) through the official crosswalks; each comparison page adds its profiles with the page's own
figures. The build writes a temporary file and renames it into place, so readers never see half a
store, and it is deterministic: the same extracts give the same rows.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
import time
from collections.abc import Callable, Iterable
from pathlib import Path

import sqlite_utils

from knowledge import datasets, field_words, tsv, vectors
from knowledge.keys import most_shared, title_key
from knowledge.paths import DATA_DIR, SEEDS_DIR
from knowledge.schema import CREATION_ORDER, SCHEMA_VERSION, create_indexes, create_tables
from knowledge.sources import cps, majors, oews, onet, projections, titlelists
from knowledge.sources.pages import PageProfile, load_pages

Progress = Callable[[str], None]
PAGE_DATASET = datasets.PAGES.name
PAGE_YEAR = datasets.PAGES.year


def page_code(title: str) -> str:
    """A stable short code for a page profile (fits in button data)."""
    return "P-" + hashlib.sha1(title_key(title).encode()).hexdigest()[:6]


class Builder:
    def __init__(self, data: Path = DATA_DIR, seeds: Path = SEEDS_DIR, progress: Progress = lambda _: None,
                 processes: int = vectors.PROCESSES):
        self.data, self.seeds, self.progress = data, seeds, progress
        self.processes = processes
        self.tables: dict[str, list[dict[str, object]]] = {}

    def _add(self, table: str, rows: Iterable[dict[str, object]]) -> None:
        self.tables.setdefault(table, []).extend(rows)

    # --- reading ------------------------------------------------------------------------------
    def collect(self) -> None:
        self.progress(f"reading {datasets.ONET.name}")
        self.onet = onet.Onet(self.data)
        self.progress(f"reading {datasets.OEWS.name} {datasets.OEWS.year}")
        self.oews = oews.Oews(self.data)
        self.progress(f"reading {datasets.PROJECTIONS.name} and {datasets.CPS.name}")
        self.proj = projections.Projections(self.data)
        self.cps = cps.Cps(self.data)
        groups = list(tsv.read(self.data / "bls" / "soc_groups.tsv.gz"))
        self.families = {r["soc_code"]: re.sub(r" Occupations$", "", r["title"])
                         for r in groups if r["level"] == "major"}
        self._add("families", ({"code": c, "title": t} for c, t in sorted(self.families.items())))
        self._add("soc_groups", (self._group(r) for r in groups))
        self.progress("joining O*NET occupations to BLS data")
        for occ in self.onet.occupations:
            self._onet_profile(occ)
        self._add("titles", ({"code": c, "title": t, "kind": k} for c, t, k in self.onet.title_rows))
        self.progress("mapping the official title lists and the lexicon")
        lists = titlelists.TitleLists(self.data, self.onet.soc, self.onet.title_rows)
        self._add("titles", ({"code": c, "title": t, "kind": k} for c, t, k in lists.rows()))
        curated = titlelists.generic_words(self.data)
        self._add("generic_words", ({"word": g["word"], "groups": g["groups"], "lead": self._lead(lists, g["lead"]),
                                     "kind": "group"}
                                    for g in curated))
        self._field_words({g["word"]: (g["groups"], self._lead(lists, g["lead"])) for g in curated})
        self._add("areas", self.oews.area_rows())
        self._add("industries", self.oews.industry_rows())
        wage_codes = {o["wage_code"] for o in self.tables["occupations"] if o["wage_code"]}
        self._add("area_wages", (
            {k: v for k, v in r.items() if k != "kind"}
            for c in sorted(wage_codes) for r in self.oews.wages.get(c, []) if r["area_code"] != oews.NATIONAL))
        self._add("industry_wages", (r for r in self.oews.industry_wage_rows() if r["wage_code"] in wage_codes))
        self.progress("parsing comparison pages")
        for page in load_pages(self.seeds):
            self._page_profile(page)
        self._majors()
        texts = vectors.texts_to_embed(self.tables["occupations"], self.tables["tasks"], self.tables.get("majors", []),
                                       titlelists.questions(self.data))
        self.progress(f"embedding {len(texts):,} texts with the sentence model")
        self._add("vectors", vectors.rows(texts, self.processes))

    def _field_words(self, curated: dict[str, tuple[str, str | None]]) -> None:
        """Trade and field words ("roofing", "nursing") → the field's occupations, derived from the titles."""
        employment = {str(r["code"]): int(r["employment"]) for r in self.tables.get("salary", [])
                      if r.get("employment")}
        onet_rows = [r for r in self.tables["occupations"] if r["origin"] == "onet"]
        titles = [str(r["title"]) for r in self.tables["titles"]]
        self._add("generic_words", field_words.derive(onet_rows, titles, employment, curated,
                                                      titlelists.not_fields(self.data)))

    def _majors(self) -> None:
        found = majors.Majors(self.data)
        onet_by_soc: dict[str, list[str]] = {}
        for code, soc in sorted(self.onet.soc.items()):
            onet_by_soc.setdefault(soc, []).append(code)
        self._add("majors", found.rows())
        self._add("major_occupations", found.occupation_rows(onet_by_soc))

    def _group(self, r: dict[str, str]) -> dict[str, object]:
        """A SOC group with BLS's own national figures for it, where OEWS publishes them."""
        national = self.oews.national(r["soc_code"]) or {}
        return {"code": r["soc_code"], "title": r["title"], "level": r["level"],
                "employment": national.get("employment"), "annual_mean": national.get("annual_mean"),
                "annual_median": national.get("annual_median"),
                "source": oews.DATASET if national else None, "year": oews.YEAR if national else None}

    @staticmethod
    def _lead(lists: titlelists.TitleLists, lead: str | None) -> str | None:
        if not lead:
            return None
        codes = [lead] if "." in lead else lists.codes(lead, "")
        return codes[0] if codes else None

    def _family(self, soc_code: str | None) -> str | None:
        return f"{soc_code[:2]}-0000" if soc_code else None

    def _onet_profile(self, occ: dict[str, str]) -> None:
        code = occ["code"]
        soc = self.onet.soc.get(code)
        nem = self.proj.crosswalk.get(code)
        zone = self.onet.job_zone.get(code)
        self._add("occupations", [{
            "code": code, "title": occ["title"], "origin": "onet", "soc_code": soc, "wage_code": nem,
            "onet_code": None, "description": occ["description"], "family_code": self._family(soc),
            "job_zone": zone, "browse_label": None, "pages": None}])
        sources = [(onet.DATASET, onet.YEAR, "description, titles, skills, duties, education, related jobs")]
        national = self.oews.national(nem) if nem else None
        if national:
            salary = {k: v for k, v in national.items() if k not in ("wage_code", "area_code", "kind")}
            for field, found in (("top_state", self.oews.top_area(nem, "S")),
                                 ("top_metro", self.oews.top_area(nem, "M")),
                                 ("best_industry", self.oews.best_industry(nem))):
                salary[f"{field}_name"], salary[f"{field}_wage"] = found or (None, None)
            self._add("salary", [{"code": code, "source": oews.DATASET, "year": oews.YEAR, **salary}])
            sources.append((oews.DATASET, oews.YEAR, "wages and number of jobs"))
        outlook = self.proj.outlook(nem) if nem else None
        if outlook:
            self._add("outlook", [{"code": code, "source": projections.DATASET, "year": projections.YEAR,
                                   **outlook}])
            sources.append((projections.DATASET, projections.YEAR, "growth, openings, entry requirements"))
        self._education(code, nem, zone)
        demo = self.cps.demographics(soc, nem)
        if demo:
            race = demo.pop("race")
            self._add("demographics", [{"code": code, "source": cps.DATASET, "year": cps.YEAR,
                                        "average_age": None, "lgbt_pct": None, **demo}])
            self._shares("race_shares", code, "race", race)
            sources.append((cps.DATASET, cps.YEAR, "gender, race and age"))
        self._search_doc(occ)
        self._ranked("skills", code, self.onet.skills(code))
        self._ranked("tasks", code, self.onet.tasks(code))
        self._ranked("related", code, self.onet.related(code))
        self._sources(code, sources)

    @functools.cached_property
    def _other_titles(self) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for c, t, k in self.onet.title_rows:
            if k in ("alternate", "short"):
                out.setdefault(c, set()).add(t)
        return out

    def _search_doc(self, occ: dict[str, str]) -> None:
        """What an occupation is called and does, as one document for full-text search."""
        code = occ["code"]
        titles = sorted(self._other_titles.get(code, ()))
        knowledge = [r["name"] for r in self.onet.skills(code) if r["kind"] == "knowledge" and
                     (r["importance"] or 0) >= 3.5]
        tools = sorted({r["example"] for r in self.onet.rows(code, "technology")} |
                       {r["commodity"] for r in self.onet.rows(code, "technology")})
        self._add("search_docs", [{
            "code": code, "title": occ["title"], "titles": "; ".join(titles[:60]),
            "description": occ["description"], "tasks": "\n".join(t["text"] for t in self.onet.tasks(code)),
            "tools": "; ".join(tools[:80]), "knowledge": "; ".join(knowledge)}])

    def _education(self, code: str, nem: str | None, zone: int | None) -> None:
        levels = [(onet.short_label(label), pct) for label, pct in self.onet.distribution(code, "RL")]
        attainment = self.proj.attainment(nem) if nem else []
        experience = self.onet.most_common(code, "RW")
        common = max(attainment or levels, key=lambda x: x[1]) if (attainment or levels) else None
        if not (levels or attainment or experience or zone):
            return
        self._add("education", [{
            "code": code, "source": onet.DATASET, "year": onet.YEAR,
            "most_common_label": common[0] if common else None, "most_common_pct": common[1] if common else None,
            "major": None, "college": None,
            "experience": onet.experience_label(experience[0]) if experience else None,
            "experience_years": None,
            "time_to_become": self.onet.zone_time.get(zone) if zone else None}])
        self._shares("education_shares", code, "levels", levels)
        self._shares("education_shares", code, "attainment", attainment)

    def _shares(self, table: str, code: str, kind: str, shares: list[tuple[str, float]]) -> None:
        self._add(table, ({"code": code, "kind": kind, "rank": i, "label": label, "pct": pct}
                          for i, (label, pct) in enumerate(shares)))

    def _ranked(self, table: str, code: str, rows: list[dict[str, object]]) -> None:
        self._add(table, ({"code": code, "rank": i, **r} for i, r in enumerate(rows)))

    def _sources(self, code: str, sources: list[tuple[str, str, str]]) -> None:
        self._add("sources", ({"code": code, "rank": i, "dataset": d, "year": y, "covers": c}
                              for i, (d, y, c) in enumerate(sources)))

    def _page_profile(self, page: PageProfile) -> None:
        code, f = page_code(page.title), page.facts
        link = self._closest_onet(page.title)
        family = self._browse_family(page.browse_label) or (self._family(self.onet.soc.get(link)) if link else None)
        self._add("occupations", [{
            "code": code, "title": page.title, "origin": "page", "soc_code": None, "wage_code": None,
            "onet_code": link, "description": f.get("description"), "family_code": family, "job_zone": None,
            "browse_label": page.browse_label, "pages": " ".join(page.pages)}])
        self._add("titles", [{"code": code, "title": page.title, "kind": "page"}])
        src = {"source": PAGE_DATASET, "year": PAGE_YEAR}
        low, high = f.get("salary_range", (None, None))
        self._add("salary", [{
            "code": code, **src, "annual_mean": _int(f.get("annual_mean")), "hourly_mean": f.get("hourly_mean"),
            "employment": f.get("employment"), "range_low": _int(low), "range_high": _int(high),
            "top_state_name": f.get("top_state"), "top_metro_name": f.get("top_city"),
            "best_industry_name": f.get("best_industry"), "best_company": f.get("best_company"),
            "top_coded": ""}])
        if "growth_pct" in f:
            self._add("outlook", [{"code": code, **src, "growth_pct": f["growth_pct"]}])
        degree = f.get("degree", (None, None))
        years = f.get("experience_years")
        self._add("education", [{
            "code": code, **src, "most_common_label": degree[0], "most_common_pct": degree[1],
            "major": f.get("major"), "college": f.get("college"),
            "experience": f"{years} years" if years is not None else None, "experience_years": years,
            "time_to_become": f.get("time_to_become")}])
        gender = dict(f.get("gender", []))
        self._add("demographics", [{
            "code": code, **src, "pct_women": gender.get("Female"), "pct_men": gender.get("Male"),
            "median_age": None, "average_age": f.get("median_age"), "lgbt_pct": f.get("lgbt_pct"),
            "census_title": None}])
        self._shares("race_shares", code, "race", f.get("race", []))
        self._ranked("skills", code, [{"kind": "skill", "name": n, "importance": None, "level": None, "share": s,
                                       "hot": False, "lift": None, "grp": None} for n, s in page.skills])
        self._ranked("tasks", code, [{"text": t, "core": True} for t in page.responsibilities])
        self._sources(code, [(f"{PAGE_DATASET} ({p})", PAGE_YEAR, "all figures of this profile")
                             for p in page.pages])

    def _closest_onet(self, title: str) -> str | None:
        """The O*NET occupation whose official, alternate or reported title equals the page's title."""
        key = title.casefold()
        rank = {"official": 0, "alternate": 1, "short": 2, "reported": 3}
        hits = sorted((rank[k], c) for c, t, k in self.onet.title_rows if t.casefold() == key)
        return hits[0][1] if hits else None

    def _browse_family(self, label: str | None) -> str | None:
        """'Browse office and administrative jobs' → the SOC major group sharing the most words."""
        if not label:
            return None
        return most_shared(label, self.families.items(), ignore=frozenset({"browse", "jobs", "and"}))

    # --- writing ------------------------------------------------------------------------------
    def write(self, path: Path) -> dict[str, int]:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + f".building-{os.getpid()}")
        tmp.unlink(missing_ok=True)
        db = sqlite_utils.Database(tmp)
        db.execute("PRAGMA journal_mode = OFF")
        db.execute("PRAGMA synchronous = OFF")
        counts = {}
        try:
            with db.conn:
                create_tables(db)
                for name in CREATION_ORDER:
                    rows = self.tables.get(name, [])
                    if name == "meta":
                        continue
                    self.progress(f"writing {name} ({len(rows):,} rows)")
                    db.table(name).insert_all(rows, batch_size=5000)
                    counts[name] = len(rows)
                create_indexes(db)
                meta = {"schema_version": str(SCHEMA_VERSION), "counts": json.dumps(counts, sort_keys=True),
                        "extracts": _manifest_digest(self.data), "builder": _builder_digest()}
                db.table("meta").insert_all({"key": k, "value": v} for k, v in meta.items())
            db.execute("PRAGMA journal_mode = DELETE")
            db.close()
            os.replace(tmp, path)
        finally:
            tmp.unlink(missing_ok=True)
        return counts


def _int(value: object) -> int | None:
    return int(value) if isinstance(value, (int, float)) else None


def _builder_digest() -> str:
    """Identifies the builder's code, so caches keyed on the store notice a rebuild by changed code."""
    h = hashlib.sha256()
    here = Path(__file__).parent
    for path in sorted([here / "build.py", here / "schema.py", here / "datasets.py", here / "vectors.py",
                        here / "embedder.py",
                        *(here / "sources").glob("*.py")]):
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def _manifest_digest(data: Path) -> str:
    """The extracts (through their manifest) and the hand-written lexicon the store was built from."""
    h = hashlib.sha256()
    for path in [data / "manifest.json", *sorted((data / "lexicon").glob("*.tsv"))]:
        h.update(path.read_bytes() if path.exists() else b"none")
    return h.hexdigest()


def build(path: Path, data: Path = DATA_DIR, seeds: Path = SEEDS_DIR, progress: Progress = lambda _: None) -> dict:
    """Build the store at ``path``; returns row counts per table and the seconds taken."""
    start = time.perf_counter()
    builder = Builder(data, seeds, progress)
    builder.collect()
    counts = builder.write(path)
    return {"tables": counts, "seconds": round(time.perf_counter() - start, 1)}
