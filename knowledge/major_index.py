"""College majors (NCES CIP 2020 programs) and the occupations the NCES crosswalk links them to."""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.store import Store

_WORD = re.compile(r"[a-z]+")
_GENERAL = re.compile(r",\s*general\.?$", re.I)
_OTHER = re.compile(r"\bother\b", re.I)
SMALL = frozenset({"and", "or", "of", "the", "in", "for", "a", "an", "to", "with", "other", "general"})


@dataclass(frozen=True, slots=True)
class Major:
    cip: str
    title: str


@dataclass(frozen=True, slots=True)
class MajorJob:
    code: str
    title: str
    employment: int | None
    annual_median: int | None
    top_coded: bool
    growth_pct: float | None


def stem(word: str) -> str:
    """A crude stem for matching a subject to a program title: 'psychology'/'psychological' → 'psycholog'."""
    for end in ("ical", "ics", "ic", "ies", "y", "s", "al", "ing", "ist", "ists", "er"):
        if word.endswith(end) and len(word) - len(end) >= 4:
            return word[: -len(end)]
    return word


class MajorIndex:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.majors = [Major(r[0], r[1]) for r in store.db.execute("SELECT cip, title FROM majors ORDER BY cip")]
        self.by_cip = {m.cip: m for m in self.majors}
        self._stems = [frozenset(stem(w) for w in _WORD.findall(m.title.lower()) if w not in SMALL)
                       for m in self.majors]
        self.reach = dict(store.db.execute(  # jobs in the occupations a program leads to (each SOC once)
            "SELECT cip, SUM(employment) FROM (SELECT DISTINCT j.cip, o.wage_code, s.employment "
            "FROM major_occupations j JOIN occupations o ON o.code = j.code JOIN salary s ON s.code = o.code) "
            "GROUP BY cip").fetchall())

    def lexical(self, subject: str) -> list[Major]:
        """Programs whose title words cover the subject's words (by stem): one that says only the subject first
        ("Accounting." before "Accounting and Computer Science."; "Marketing, Other." says more), then general
        programs, then those leading to the most jobs; teacher-education programs only when the subject says so."""
        want = frozenset(stem(w) for w in _WORD.findall(subject.lower()) if w not in SMALL)
        if not want:
            return []
        teaching = bool(want & {"teach", "educat", "education"})
        found = []
        for m, words in zip(self.majors, self._stems, strict=True):
            if want <= words and (teaching or "Teacher Education" not in m.title):
                only = not (words - want) and not _OTHER.search(m.title)
                found.append((not only, not _GENERAL.search(m.title), -(self.reach.get(m.cip) or 0), m.cip, m))
        return [m for *_, m in sorted(found, key=lambda f: f[:4])]

    def jobs(self, cip: str, limit: int = 8) -> list[MajorJob]:
        """The occupations the program leads to, most jobs first; O*NET occupations that share one set of BLS
        figures (one SOC code) appear once, as the first of them."""
        rows = self.store.db.execute(
            "SELECT o.code, o.title, o.wage_code, s.employment, s.annual_median, s.top_coded, u.growth_pct "
            "FROM major_occupations j JOIN occupations o ON o.code = j.code "
            "LEFT JOIN salary s ON s.code = o.code LEFT JOIN outlook u ON u.code = o.code "
            "WHERE j.cip = ? ORDER BY s.employment IS NULL, s.employment DESC, o.code", [cip])
        out: list[MajorJob] = []
        seen: set[str] = set()
        for code, title, wage_code, employment, median, top_coded, growth in rows:
            if (wage_code or code) in seen or code.startswith("55-"):
                continue
            seen.add(wage_code or code)
            out.append(MajorJob(code, title, employment, median, "annual_median" in (top_coded or "").split(), growth))
        return out[:limit]
