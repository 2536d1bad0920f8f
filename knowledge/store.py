"""The read-only knowledge store: opens the built SQLite file and returns frozen models (profiles from
``knowledge/models.py``, the rows of lists and lookups from ``knowledge/rows.py``).

Only the builder writes. A missing, stale (other schema version) or corrupt file raises
``StoreUnavailable`` whose message says how to rebuild; callers show it, never a traceback.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import sqlite_utils
from cachetools import LRUCache

from knowledge.datasets import CPS, OEWS, ONET, PROJECTIONS
from knowledge.models import (
    TOP_CODED_ANNUAL,
    AreaWage,
    Demographics,
    Education,
    OccupationRef,
    Outlook,
    Place,
    Profile,
    Salary,
    Share,
    Skill,
    Source,
    Summary,
    Task,
)
from knowledge.rows import (
    Area,
    Brief,
    Family,
    GenericWord,
    OccupationFact,
    RankedRow,
    SearchHit,
    SocGroup,
    TitleEntry,
)
from knowledge.schema import SCHEMA_VERSION

RANKED_COLUMNS = {"pay": "annual_median", "jobs": "employment", "growth": "growth_pct", "openings": "openings"}

REBUILD_HINT = "Rebuild it with: careerbot knowledge build"
_MISSING = object()


class StoreUnavailable(RuntimeError):
    """The store cannot be used as it is; the message tells the user what to run."""


class Store:
    PROFILE_CACHE = 2048
    TECHNOLOGY = 12  # technology examples a profile holds: the most specific kinds of tools first,
    TECHNOLOGY_PER_KIND = 4  # four of each kind (hot ones first)

    def __init__(self, path: Path) -> None:
        self.path = path
        self._profiles: LRUCache[str, Profile | None] = LRUCache(self.PROFILE_CACHE)
        if not path.exists():
            raise StoreUnavailable(f"The knowledge store {path} does not exist. {REBUILD_HINT}")
        try:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
            self.db = sqlite_utils.Database(conn)
            version = self._meta("schema_version")
        except sqlite3.DatabaseError as exc:
            raise StoreUnavailable(f"The knowledge store {path} is unreadable ({exc}). {REBUILD_HINT}") from exc
        if version != str(SCHEMA_VERSION):
            raise StoreUnavailable(
                f"The knowledge store {path} has schema version {version or 'unknown'}, this careerbot needs "
                f"{SCHEMA_VERSION}. {REBUILD_HINT}")

    def close(self) -> None:
        self.db.close()

    def _meta(self, key: str) -> str | None:
        rows = list(self.db.query("SELECT value FROM meta WHERE key = ?", [key]))
        return rows[0]["value"] if rows else None

    def _rows(self, table: str, code: str, order: str = "rank") -> list[dict]:
        return list(self.db.query(f"SELECT * FROM [{table}] WHERE code = ? ORDER BY {order}", [code]))

    def _row(self, table: str, code: str) -> dict | None:
        rows = list(self.db.query(f"SELECT * FROM [{table}] WHERE code = ?", [code]))
        return rows[0] if rows else None

    def digest(self) -> str:
        """Identifies the store's content (schema, extract checksums, builder code, row counts)."""
        return f"{SCHEMA_VERSION}:{self._meta('extracts')}:{self._meta('builder')}:{self._meta('counts')}"

    # --- identity -----------------------------------------------------------------------------
    def exists(self, code: str) -> bool:
        return bool(list(self.db.query("SELECT 1 FROM occupations WHERE code = ?", [code])))

    def summary(self, code: str) -> Summary | None:
        rows = list(self.db.query(
            "SELECT o.code, o.title, o.origin, o.soc_code, f.title AS family FROM occupations o "
            "LEFT JOIN families f ON f.code = o.family_code WHERE o.code = ?", [code]))
        return Summary(**rows[0]) if rows else None

    def titles(self) -> list[TitleEntry]:
        """Every (title, code, kind) the store knows, for the matcher's index."""
        return [TitleEntry._make(r) for r in self.db.execute("SELECT title, code, kind FROM titles ORDER BY rowid")]

    def occupation_facts(self) -> dict[str, OccupationFact]:
        """Per code: title, origin, SOC code, linked O*NET code (pages) and employment, for ranking matches."""
        return {r[0]: OccupationFact(*r) for r in self.db.execute(
            "SELECT o.code, o.title, o.origin, o.soc_code, o.onet_code, s.employment FROM occupations o "
            "LEFT JOIN salary s ON s.code = o.code")}

    def soc_group(self, code: str) -> SocGroup | None:
        """A SOC group's title and, where OEWS publishes them, its own national figures."""
        rows = list(self.db.query("SELECT * FROM soc_groups WHERE code = ?", [code]))
        return SocGroup(**rows[0]) if rows else None

    def ranking(self, metric: str, families: tuple[str, ...] = (), education: tuple[str, ...] = (),
                area: str | None = None, limit: int = 10, offset: int = 0, min_pay: int | None = None,
                min_growth: float | None = None, trainings: tuple[str, ...] = (),
                no_experience: bool = False) -> tuple[list[RankedRow], int]:
        """O*NET occupations ranked by a figure, highest first, one per BLS wage code (O*NET's finer
        occupations share their SOC code's figures), with the total count. Pay and jobs rank by the area's own
        OEWS figures when an area is given; growth and openings are national (EP publishes no others). Floors:
        a median pay (the national one) and a growth rate the occupations must reach. Entry requirements (BLS
        EP): the typical entry educations and on-the-job trainings allowed, and no work experience needed."""
        column = RANKED_COLUMNS[metric]
        if metric in ("pay", "jobs"):
            source = ("(SELECT wage_code, annual_median, employment, top_coded FROM area_wages WHERE area_code = ?)"
                      if area else "(SELECT code AS c, annual_median, employment, top_coded FROM salary)")
            join = f"JOIN {source} v ON v.wage_code = o.wage_code" if area else \
                f"JOIN {source} v ON v.c = o.code"
            params: list = [area] if area else []
        else:
            join, params = "JOIN outlook v ON v.code = o.code", []
        value = f"v.{column}"
        if metric == "pay":  # a top-coded median (≥ $239,200) is among the highest, not missing
            value = (f"CASE WHEN v.annual_median IS NULL AND v.top_coded LIKE '%annual_median%' "
                     f"THEN {TOP_CODED_ANNUAL} ELSE v.annual_median END")
        where = [f"{value} IS NOT NULL", "o.origin = 'onet'", "o.wage_code IS NOT NULL"]
        if families:
            where.append(f"substr(o.soc_code, 1, 2) IN ({', '.join('?' * len(families))})")
            params += list(families)
        if education:
            where.append(f"e.entry_education IN ({', '.join('?' * len(education))})")
            params += list(education)
        if trainings:
            where.append(f"e.training IN ({', '.join('?' * len(trainings))})")
            params += list(trainings)
        if no_experience:
            where.append("e.related_experience = 'None'")
        if min_pay is not None:
            where.append("n.annual_median >= ?")
            params.append(min_pay)
        if min_growth is not None:
            where.append("e.growth_pct >= ?")
            params.append(min_growth)
        top = "v.top_coded" if metric in ("pay", "jobs") else "''"
        sql = (f"SELECT MIN(o.code) AS code, {value} AS value, {top} AS top_coded FROM occupations o {join} "
               f"LEFT JOIN outlook e ON e.code = o.code LEFT JOIN salary n ON n.code = o.code "
               f"WHERE {' AND '.join(where)} GROUP BY o.wage_code")
        rows = list(self.db.query(f"SELECT r.code, o.title, r.value, r.top_coded FROM ({sql}) r "
                                  "JOIN occupations o ON o.code = r.code ORDER BY r.value DESC, o.title", params))
        return [RankedRow(code=r["code"], title=r["title"], value=r["value"], top_coded=_words(r["top_coded"]))
                for r in rows[offset:offset + limit]], len(rows)

    SEARCH_WEIGHTS = "5, 3, 2, 1.5, 0.3, 0.5"  # title, other titles, description, tasks, tools, knowledge
    COVERAGE_BONUS = 0.7

    def search(self, words: list[str], limit: int = 50) -> list[SearchHit]:
        """Civilian O*NET occupations for search words, best first: the sum of each word's BM25 (FTS5, Porter
        stems, column weights above), raised for every further word the occupation matches."""
        scores: dict[str, float] = {}
        cover: dict[str, int] = {}
        for w in words:
            for code, rank in self.db.execute(
                    f"SELECT s.code, bm25(search_docs_fts, {self.SEARCH_WEIGHTS}) FROM search_docs_fts "
                    "JOIN search_docs s ON s.rowid = search_docs_fts.rowid WHERE search_docs_fts MATCH ? "
                    "AND s.code NOT LIKE '55-%' ORDER BY 2 LIMIT 300", ['"' + w.replace('"', "") + '"']):
                scores[code] = scores.get(code, 0.0) - rank
                cover[code] = cover.get(code, 0) + 1
        score = {c: s * (1 + self.COVERAGE_BONUS * (cover[c] - 1)) for c, s in scores.items()}
        ranked = sorted(score, key=lambda c: (-score[c], c))[:limit]
        titles = {r["code"]: r["title"] for r in self.db.query(
            f"SELECT code, title FROM occupations WHERE code IN ({', '.join('?' * len(ranked))})", ranked)}
        return [SearchHit(code=c, title=titles[c], score=round(score[c], 3)) for c in ranked]

    def medians(self, codes: list[str]) -> dict[str, int | None]:
        """National median annual pay per occupation (None where not published), without loading profiles."""
        if not codes:
            return {}
        rows = self.db.query(f"SELECT o.code, s.annual_median FROM occupations o LEFT JOIN salary s ON s.code = o.code "
                             f"WHERE o.code IN ({', '.join('?' * len(codes))})", codes)
        return {r["code"]: r["annual_median"] for r in rows}

    def briefs(self, codes: list[str]) -> dict[str, Brief]:
        """Per occupation what a result line shows — median pay, growth, duties in O*NET's order — in two queries,
        without loading profiles (a search answer's six lines: 10 ms of profile reads → 1 ms)."""
        if not codes:
            return {}
        marks = ", ".join("?" * len(codes))
        rows = list(self.db.query(
            f"SELECT o.code, o.title, s.annual_median, s.top_coded, u.growth_pct FROM occupations o "
            f"LEFT JOIN salary s ON s.code = o.code LEFT JOIN outlook u ON u.code = o.code "
            f"WHERE o.code IN ({marks})", codes))
        tasks: dict[str, list[str]] = {r["code"]: [] for r in rows}
        for code, text in self.db.execute(f"SELECT code, text FROM tasks WHERE code IN ({marks}) ORDER BY code, rank",
                                          codes).fetchall():
            tasks[code].append(text)
        return {r["code"]: Brief(code=r["code"], title=r["title"], annual_median=r["annual_median"],
                                 top_coded=_words(r["top_coded"]),
                                 growth_pct=r["growth_pct"], tasks=tuple(tasks[r["code"]])) for r in rows}

    def generic_words(self) -> list[GenericWord]:
        """Words that name a group of occupations, with their SOC groups and lead member (if any)."""
        return [GenericWord(word=r["word"], groups=tuple(r["groups"].split("|")), lead=r["lead"], kind=r["kind"])
                for r in self.db.query("SELECT word, groups, lead, kind FROM generic_words ORDER BY word")]

    def families(self) -> list[Family]:
        """Every job family with how many occupations it holds (none for some), by code."""
        return [Family(code=r["code"], title=r["title"], size=r["n"]) for r in self.db.query(
            "SELECT f.code, f.title, count(o.code) AS n FROM families f "
            "LEFT JOIN occupations o ON o.family_code = f.code GROUP BY f.code ORDER BY f.code")]

    def family_members(self, family_code: str) -> list[Summary]:
        return [Summary(**r) for r in self.db.query(
            "SELECT o.code, o.title, o.origin, o.soc_code, f.title AS family FROM occupations o "
            "JOIN families f ON f.code = o.family_code WHERE o.family_code = ? ORDER BY o.title, o.code",
            [family_code])]

    # --- profiles -----------------------------------------------------------------------------
    def codes(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT code FROM occupations ORDER BY code").fetchall()]

    def profile(self, code: str) -> Profile | None:
        """One occupation's full profile, its technology limited to the most specific tools (``TECHNOLOGY``).
        The store is read-only, so profiles (frozen models) are cached, least recently used dropped first."""
        profile = self._profiles.get(code, _MISSING)
        if profile is _MISSING:
            profile = self._profiles[code] = self._load_profile(code)
        return profile

    def _load_profile(self, code: str) -> Profile | None:
        occ = self._row("occupations", code)
        if occ is None:
            return None
        family = self.db.query("SELECT title FROM families WHERE code = ?", [occ["family_code"]])
        return Profile(
            code=code, title=occ["title"], origin=occ["origin"], soc_code=occ["soc_code"],
            wage_code=occ["wage_code"], onet_code=occ["onet_code"], description=occ["description"],
            family=next((r["title"] for r in family), None), family_code=occ["family_code"],
            browse_label=occ["browse_label"], job_zone=occ["job_zone"],
            salary=self._salary(code), outlook=self._outlook(code), education=self._education(code),
            demographics=self._demographics(code),
            skills=[_skill(r) for r in self.db.query(
                "SELECT * FROM skills WHERE code = ? AND kind != 'technology' ORDER BY rank", [code])] + [
                _skill(r) for r in self.db.query(
                    "SELECT code, rank, kind, name, importance, level, share, hot, lift, grp FROM (SELECT *, "
                    "row_number() OVER (PARTITION BY grp ORDER BY rank) AS nth FROM skills "
                    "WHERE code = ? AND kind = 'technology') WHERE nth <= ? ORDER BY rank LIMIT ?",
                    [code, self.TECHNOLOGY_PER_KIND, self.TECHNOLOGY])],
            tasks=[Task(**r) for r in self._rows("tasks", code)],
            related=[OccupationRef(code=r["related_code"], title=r["title"], tier=r["tier"])
                     for r in self.db.query(
                         "SELECT r.related_code, r.tier, o.title FROM related r JOIN occupations o "
                         "ON o.code = r.related_code WHERE r.code = ? ORDER BY r.rank", [code])],
            sources=[Source(**r) for r in self._rows("sources", code)],
        )

    def _salary(self, code: str) -> Salary | None:
        r = self._row("salary", code)
        if r is None:
            return None
        places = {}
        for field in ("top_state", "top_metro", "best_industry"):
            name, wage = r.pop(f"{field}_name"), r.pop(f"{field}_wage")
            places[field] = Place(name=name, annual_mean=wage) if name else None
        r["top_coded"] = (r["top_coded"] or "").split()
        return Salary(**r, **places)

    def _outlook(self, code: str) -> Outlook | None:
        r = self._row("outlook", code)
        return Outlook(**r) if r else None

    def _education(self, code: str) -> Education | None:
        r = self._row("education", code)
        if r is None:
            return None
        shares = self._rows("education_shares", code, order="kind, rank")
        label, pct = r.pop("most_common_label"), r.pop("most_common_pct")
        return Education(
            **r, most_common=Share(label=label, pct=pct) if label else None,
            levels=[Share(**s) for s in shares if s["kind"] == "levels"],
            attainment=[Share(**s) for s in shares if s["kind"] == "attainment"])

    def _demographics(self, code: str) -> Demographics | None:
        r = self._row("demographics", code)
        if r is None:
            return None
        return Demographics(**r, race=[Share(**s) for s in self._rows("race_shares", code)])

    # --- places -------------------------------------------------------------------------------
    def areas(self) -> list[Area]:
        """Every OEWS state and metro area: code, kind (S/M), name, state abbreviation."""
        return [Area(*r) for r in self.db.execute("SELECT area_code, kind, name, state_abbr, employment FROM areas "
                                                  "WHERE kind != 'N' ORDER BY area_code")]

    def area_wage(self, wage_code: str | None, area_code: str) -> AreaWage | None:
        if not wage_code:
            return None
        rows = list(self.db.query(
            "SELECT w.*, a.name AS area_name, a.kind FROM area_wages w JOIN areas a USING (area_code) "
            "WHERE w.wage_code = ? AND w.area_code = ?", [wage_code, area_code]))
        if not rows:
            return None
        r = rows[0]
        r["top_coded"] = (r["top_coded"] or "").split()
        return AreaWage(**r)

    # --- coverage -----------------------------------------------------------------------------
    def stats(self) -> dict[str, int]:
        def one(sql: str) -> int:
            return self.db.execute(sql).fetchone()[0]

        onet = "SELECT code FROM occupations WHERE origin = 'onet'"
        return {
            f"occupations ({ONET.name})": one(f"SELECT count(*) FROM ({onet})"),
            "profiles from comparison pages": one("SELECT count(*) FROM occupations WHERE origin = 'page'"),
            f"with wages (OEWS {OEWS.year})": one(f"SELECT count(*) FROM salary WHERE code IN ({onet}) "
                                              "AND coalesce(annual_mean, annual_median, hourly_mean) IS NOT NULL"),
            f"with outlook (EP {PROJECTIONS.year})": one(f"SELECT count(*) FROM outlook WHERE code IN ({onet})"),
            f"with demographics (CPS {CPS.year})": one(f"SELECT count(*) FROM demographics WHERE code IN ({onet})"),
            "with tasks": one(f"SELECT count(DISTINCT code) FROM tasks WHERE code IN ({onet})"),
            "with skills": one(f"SELECT count(DISTINCT code) FROM skills WHERE code IN ({onet}) "
                               "AND kind = 'skill'"),
            "titles and aliases": one("SELECT count(*) FROM titles"),
            "state and metro wage rows": one("SELECT count(*) FROM area_wages"),
        }


def open_store(path: Path, build_if_missing: bool = True, progress=None) -> Store:
    """Open the store, building it from the shipped extracts first when the file does not exist yet."""
    if build_if_missing and not path.exists():
        from knowledge.build import build

        build(path, progress=progress or (lambda _: None))
    return Store(path)


def _words(text: str | None) -> tuple[str, ...]:
    """A space-separated column ("annual_median annual_p90") as its words."""
    return tuple((text or "").split())


def _skill(row: dict) -> Skill:
    """A skill row as a model, its name and kind of tool interned: the same few hundred names recur in every
    cached profile."""
    row["name"] = sys.intern(row["name"])
    if row.get("grp"):
        row["grp"] = sys.intern(row["grp"])
    return Skill(**row)
